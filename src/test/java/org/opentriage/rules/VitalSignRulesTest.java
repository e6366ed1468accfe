package org.opentriage.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentriage.patient.AgeUnit;
import org.opentriage.patient.Consciousness;
import org.opentriage.patient.Vitals;

import static org.assertj.core.api.Assertions.assertThat;

/** Boundaries of the vital-sign, consciousness and infant-fever floors. */
class VitalSignRulesTest {

    static final SafetyFloorEngine ENGINE = Fixtures.engine();

    static SafetyFloor adult(Vitals v) {
        return ENGINE.evaluate(Fixtures.request(40, false, "feeling unwell", v));
    }

    static SafetyFloor child(double value, AgeUnit unit, Vitals v) {
        return ENGINE.evaluate(Fixtures.request(value, unit, "feeling unwell", v));
    }

    static Vitals spo2(int s, boolean hypercapnic) {
        return new Vitals(null, s, false, hypercapnic, null, null, null, null);
    }

    @ParameterizedTest(name = "SpO2 {0}, hypercapnic {1} -> {2}")
    @CsvSource({"91,false,EMERGENCY", "92,false,CONSULTATION_24", "94,false,CONSULTATION_24", "95,false,SELF_CARE",
            "87,true,EMERGENCY", "88,true,SELF_CARE", "93,true,SELF_CARE"})
    void lowOxygen(int s, boolean hypercapnic, TriageLevel floor) {
        assertThat(adult(spo2(s, hypercapnic)).floor()).isEqualTo(floor);
    }

    @ParameterizedTest(name = "adult SpO2 {0} on oxygen {1} -> {2}")
    @CsvSource({"93,true,SELF_CARE", "93,false,CONSULTATION_24", "91,true,EMERGENCY"})
    void borderlineOxygenIsInAirOnly(int s, boolean onOxygen, TriageLevel floor) {
        SafetyFloor f = adult(new Vitals(null, s, onOxygen, false, null, null, null, null));
        assertThat(f.floor()).isEqualTo(floor);
    }

    @Test
    void aWrittenBorderlineOxygenIsSeenToday() {
        SafetyFloor f = ENGINE.evaluate(Fixtures.request(52, false, "cough for 5 days, my oximeter says 93", null));
        assertThat(f.redFlags()).extracting(RedFlag::code, RedFlag::trigger)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("borderline_oxygen", "spo2 93% (written: \"oximeter says 93\")"));
        assertThat(f.floor()).isEqualTo(TriageLevel.CONSULTATION_24);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"ALERT,SELF_CARE", "NEW_CONFUSION,EMERGENCY", "VOICE,EMERGENCY", "PAIN,EMERGENCY_AMBULANCE",
            "UNRESPONSIVE,EMERGENCY_AMBULANCE"})
    void consciousness(Consciousness c, TriageLevel floor) {
        assertThat(adult(new Vitals(null, null, null, null, null, null, c, null)).floor()).isEqualTo(floor);
    }

    @ParameterizedTest(name = "adult, incomplete vitals: RR {0} SBP {1} HR {2} T {3} -> {4}")
    @CsvSource({
            "8,,,,EMERGENCY", "9,,,,SELF_CARE", "25,,,,EMERGENCY", "24,,,,SELF_CARE",
            ",90,,,EMERGENCY", ",91,,,SELF_CARE", ",220,,,EMERGENCY", ",219,,,CONSULTATION_24",
            ",,40,,EMERGENCY", ",,41,,SELF_CARE", ",,131,,EMERGENCY", ",,130,,SELF_CARE",
            ",,,35.0,EMERGENCY", ",,,35.1,SELF_CARE"})
    void adultRedReadingsWithoutAFullScore(Integer rr, Integer sbp, Integer hr, Double t, TriageLevel floor) {
        assertThat(adult(new Vitals(rr, null, null, null, sbp, hr, null, t)).floor()).isEqualTo(floor);
    }

    @Test
    void pregnancyUsesTheRedReadingsInsteadOfNews2() {
        SafetyFloor f = ENGINE.evaluate(Fixtures.request(28, true, "headache",
                new Vitals(16, 98, false, false, 88, 80, Consciousness.ALERT, 37.0)));
        assertThat(f.news2()).isEmpty();
        assertThat(f.redFlags()).extracting(RedFlag::code).contains("vital_sign_danger");
    }

    @ParameterizedTest(name = "{0} {1}: RR {2} -> {3}")
    @CsvSource({
            "3,MONTHS,60,SELF_CARE", "3,MONTHS,61,EMERGENCY",
            "8,MONTHS,50,SELF_CARE", "8,MONTHS,51,CONSULTATION_24", "8,MONTHS,61,EMERGENCY",
            "18,MONTHS,40,SELF_CARE", "18,MONTHS,41,CONSULTATION_24",
            "3,YEARS,40,SELF_CARE", "3,YEARS,41,CONSULTATION_24",
            "8,YEARS,25,SELF_CARE", "8,YEARS,26,CONSULTATION_24",
            "14,YEARS,20,SELF_CARE", "14,YEARS,21,CONSULTATION_24"})
    void paediatricRespiratoryRate(double value, AgeUnit unit, int rr, TriageLevel floor) {
        assertThat(child(value, unit, new Vitals(rr, null, null, null, null, null, null, null)).floor()).isEqualTo(floor);
    }

    @ParameterizedTest(name = "{0} {1}: HR {2} -> {3}")
    @CsvSource({
            "6,MONTHS,160,SELF_CARE", "6,MONTHS,161,CONSULTATION_24",
            "18,MONTHS,150,SELF_CARE", "18,MONTHS,151,CONSULTATION_24",
            "4,YEARS,140,SELF_CARE", "4,YEARS,141,CONSULTATION_24",
            "8,YEARS,120,SELF_CARE", "8,YEARS,121,CONSULTATION_24",
            "14,YEARS,100,SELF_CARE", "14,YEARS,101,CONSULTATION_24",
            "8,YEARS,60,SELF_CARE", "8,YEARS,59,EMERGENCY_AMBULANCE"})
    void paediatricHeartRate(double value, AgeUnit unit, int hr, TriageLevel floor) {
        assertThat(child(value, unit, new Vitals(null, null, null, null, null, hr, null, null)).floor()).isEqualTo(floor);
    }

    @ParameterizedTest(name = "{0} {1}: SBP {2} -> {3}")
    @CsvSource({
            "20,DAYS,60,SELF_CARE", "20,DAYS,59,EMERGENCY_AMBULANCE",
            "6,MONTHS,70,SELF_CARE", "6,MONTHS,69,EMERGENCY_AMBULANCE",
            "5,YEARS,80,SELF_CARE", "5,YEARS,79,EMERGENCY_AMBULANCE",
            "12,YEARS,90,SELF_CARE", "12,YEARS,89,EMERGENCY_AMBULANCE"})
    void paediatricHypotension(double value, AgeUnit unit, int sbp, TriageLevel floor) {
        assertThat(child(value, unit, new Vitals(null, null, null, null, sbp, null, null, null)).floor()).isEqualTo(floor);
    }

    @ParameterizedTest(name = "child SpO2 {0} -> {1}")
    @CsvSource({"96,SELF_CARE", "95,CONSULTATION_24", "92,CONSULTATION_24", "91,EMERGENCY"})
    void paediatricOxygen(int s, TriageLevel floor) {
        assertThat(child(4, AgeUnit.YEARS, new Vitals(null, s, false, false, null, null, null, null)).floor()).isEqualTo(floor);
    }

    @ParameterizedTest(name = "{0} {1} at {2} C -> {3}")
    @CsvSource({
            "8,WEEKS,37.9,SELF_CARE", "8,WEEKS,38.0,EMERGENCY", "90,DAYS,38.0,EMERGENCY",
            "91,DAYS,38.0,SELF_CARE", "4,MONTHS,38.9,SELF_CARE", "4,MONTHS,39.0,CONSULTATION_24",
            "182,DAYS,39.5,SELF_CARE"})
    void infantFever(double value, AgeUnit unit, double t, TriageLevel floor) {
        assertThat(child(value, unit, Fixtures.temperature(t)).floor()).isEqualTo(floor);
    }

    @Test
    void aReportedFeverUnder3MonthsCountsWithoutAThermometer() {
        SafetyFloor f = ENGINE.evaluate(Fixtures.request(6, AgeUnit.WEEKS, "baby feels hot to touch and has a fever", null));
        assertThat(f.floor()).isEqualTo(TriageLevel.EMERGENCY);
        SafetyFloor hindi = ENGINE.evaluate(Fixtures.request(6, AgeUnit.WEEKS, "बच्चे को बुखार है", null));
        assertThat(hindi.floor()).isEqualTo(TriageLevel.EMERGENCY);
        SafetyFloor negated = ENGINE.evaluate(Fixtures.request(6, AgeUnit.WEEKS, "no fever, feeding well", null));
        assertThat(negated.floor()).isEqualTo(TriageLevel.SELF_CARE);
    }

    static SafetyFloor adultWrote(String words, Vitals sent) {
        return ENGINE.evaluate(Fixtures.request(40, false, words, sent));
    }

    @ParameterizedTest(name = "adult wrote \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "my oxygen is 91|EMERGENCY", "my oxygen is 92|CONSULTATION_24", "my oxygen is 94|CONSULTATION_24", "my oxygen is 95|SELF_CARE",
            "bp 90/60|EMERGENCY", "bp 91/60|SELF_CARE",
            "pulse 40|EMERGENCY", "pulse 41|SELF_CARE", "heart rate 131|EMERGENCY", "heart rate 130|SELF_CARE",
            "breathing 25 times a minute|EMERGENCY", "breathing 24 times a minute|SELF_CARE",
            "temperature 35.0|EMERGENCY", "temperature 35.1|SELF_CARE", "temp 95F|EMERGENCY"})
    void aReadingThePatientWroteCountsLikeOneTheAppSent(String words, TriageLevel floor) {
        assertThat(adultWrote(words, null).floor()).isEqualTo(floor);
    }

    @Test
    void theTriggerSaysTheReadingWasWritten() {
        assertThat(adultWrote("my oxygen is 85% since morning", null).redFlags())
                .extracting(RedFlag::code, RedFlag::trigger)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("low_oxygen", "spo2 85% (written: \"oxygen is 85\")"));
        assertThat(adultWrote("feeling unwell", spo2(85, false)).redFlags())
                .extracting(RedFlag::trigger).containsExactly("spo2 85%");
    }

    @Test
    void aReadingTheAppSentWinsOverTheWords() {
        // Measured now by the app's device; the words may be about yesterday.
        assertThat(adultWrote("yesterday my oxygen was 85", spo2(97, false)).floor()).isEqualTo(TriageLevel.SELF_CARE);
        assertThat(adultWrote("yesterday my oxygen was 97", spo2(85, false)).floor()).isEqualTo(TriageLevel.EMERGENCY);
    }

    @Test
    void writtenReadingsDoNotMakeANews2Score() {
        assertThat(adultWrote("bp 120/80, pulse 80, oxygen 97, temp 37, breathing 16 a minute", null).news2()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} wrote \"{2}\" -> {3}")
    @CsvSource(delimiter = '|', value = {
            "8|WEEKS|temperature 38.0|EMERGENCY", "8|WEEKS|temperature 37.9|SELF_CARE",
            "4|MONTHS|temp 39 C|CONSULTATION_24", "4|MONTHS|temp 38.9 C|SELF_CARE",
            "3|YEARS|oxygen 95|CONSULTATION_24", "3|YEARS|oxygen 96|SELF_CARE", "3|YEARS|oxygen 91|EMERGENCY",
            "1|YEARS|breathing 61 times a minute|EMERGENCY", "1|YEARS|breathing 51 times a minute|CONSULTATION_24",
            "1|YEARS|pulse 59|EMERGENCY_AMBULANCE"})
    void aChildsWrittenReadingsCountToo(double value, AgeUnit unit, String words, TriageLevel floor) {
        assertThat(ENGINE.evaluate(Fixtures.request(value, unit, words, null)).floor()).isEqualTo(floor);
    }

    @Test
    void aParentsWordFeverIsNotOverruledByANumberTheyWrote() {
        // NICE NG143 1.1.1: a parent's report of fever counts; only the app's thermometer reading settles it.
        assertThat(ENGINE.evaluate(Fixtures.request(6, AgeUnit.WEEKS, "she has a fever, thermometer says 37.4", null)).floor())
                .isEqualTo(TriageLevel.EMERGENCY);
        assertThat(ENGINE.evaluate(Fixtures.request(6, AgeUnit.WEEKS, "she has a fever", Fixtures.temperature(37.4))).floor())
                .isEqualTo(TriageLevel.SELF_CARE);
    }

    @ParameterizedTest(name = "wrote \"{0}\" -> hypoglycaemia {1}, DKA {2}")
    @CsvSource(delimiter = '|', value = {
            "sugar 3.9 mmol and shaky|true|false", "sugar 4.0 mmol and shaky|false|false",
            "sugar 3.9 mmol, feeling fine|false|false",
            "sugar 199 and vomiting|false|true", "sugar 198 and vomiting|false|false",
            "sugar 500, no other problems|false|false"})
    void aWrittenGlucoseFeedsTheSugarFlags(String words, boolean hypo, boolean dka) {
        java.util.List<String> codes = adultWrote(words, null).redFlags().stream().map(RedFlag::code).toList();
        assertThat(codes.contains("hypoglycaemia")).as("hypoglycaemia").isEqualTo(hypo);
        assertThat(codes.contains("diabetic_ketoacidosis_signs")).as("DKA").isEqualTo(dka);
    }
}
