package org.opentriage.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentriage.patient.Consciousness;
import org.opentriage.patient.Vitals;

import static org.assertj.core.api.Assertions.assertThat;

/** Every band boundary of RCP 2017 NEWS2 Chart 1, and the Chart 2 thresholds. */
class News2Test {

    @ParameterizedTest(name = "RR {0} -> {1}")
    @CsvSource({"0,3", "8,3", "9,1", "11,1", "12,0", "20,0", "21,2", "24,2", "25,3", "60,3"})
    void respirationRate(int rr, int points) {
        assertThat(News2.respirationRate(rr)).isEqualTo(points);
    }

    @ParameterizedTest(name = "SpO2 scale 1 {0} -> {1}")
    @CsvSource({"50,3", "91,3", "92,2", "93,2", "94,1", "95,1", "96,0", "100,0"})
    void spo2Scale1(int spo2, int points) {
        assertThat(News2.spo2Scale1(spo2)).isEqualTo(points);
    }

    @ParameterizedTest(name = "SpO2 scale 2 {0} on oxygen {1} -> {2}")
    @CsvSource({
            "83,false,3", "84,false,2", "85,false,2", "86,false,1", "87,false,1", "88,false,0", "92,false,0",
            "93,false,0", "97,false,0", "100,false,0",
            "83,true,3", "84,true,2", "86,true,1", "88,true,0", "92,true,0", "93,true,1", "94,true,1",
            "95,true,2", "96,true,2", "97,true,3", "100,true,3"})
    void spo2Scale2(int spo2, boolean onOxygen, int points) {
        assertThat(News2.spo2Scale2(spo2, onOxygen)).isEqualTo(points);
    }

    @Test
    void airOrOxygen() {
        assertThat(News2.airOrOxygen(true)).isEqualTo(2);
        assertThat(News2.airOrOxygen(false)).isZero();
    }

    @ParameterizedTest(name = "SBP {0} -> {1}")
    @CsvSource({"60,3", "90,3", "91,2", "100,2", "101,1", "110,1", "111,0", "219,0", "220,3", "260,3"})
    void systolicBp(int sbp, int points) {
        assertThat(News2.systolicBp(sbp)).isEqualTo(points);
    }

    @ParameterizedTest(name = "HR {0} -> {1}")
    @CsvSource({"30,3", "40,3", "41,1", "50,1", "51,0", "90,0", "91,1", "110,1", "111,2", "130,2", "131,3", "180,3"})
    void pulse(int hr, int points) {
        assertThat(News2.pulse(hr)).isEqualTo(points);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"ALERT,0", "NEW_CONFUSION,3", "VOICE,3", "PAIN,3", "UNRESPONSIVE,3"})
    void consciousness(Consciousness c, int points) {
        assertThat(News2.consciousness(c)).isEqualTo(points);
    }

    @ParameterizedTest(name = "T {0} -> {1}")
    @CsvSource({"34.0,3", "35.0,3", "35.1,1", "36.0,1", "36.1,0", "38.0,0", "38.1,1", "39.0,1", "39.1,2", "41.0,2",
            "35.04,3", "38.04,0", "38.05,1"})
    void temperature(double t, int points) {
        assertThat(News2.temperature(t)).isEqualTo(points);
    }

    static Vitals vitals(int rr, int spo2, boolean oxygen, boolean hypercapnic, int sbp, int hr, Consciousness c, double t) {
        return new Vitals(rr, spo2, oxygen, hypercapnic, sbp, hr, c, t);
    }

    static Vitals normal() {
        return vitals(16, 98, false, false, 120, 70, Consciousness.ALERT, 37.0);
    }

    @Test
    void allNormalScoresZeroLowRisk() {
        News2Score s = News2.score(normal()).orElseThrow();
        assertThat(s.total()).isZero();
        assertThat(s.risk()).isEqualTo(News2Risk.LOW);
        assertThat(s.spo2Scale()).isEqualTo(1);
        assertThat(s.components()).hasSize(7);
    }

    @Test
    void aggregateFourIsLowFiveIsMediumSixIsMediumSevenIsHigh() {
        // RR 21 (2) + HR 111 (2) = 4
        assertThat(News2.score(vitals(21, 98, false, false, 120, 111, Consciousness.ALERT, 37.0)).orElseThrow().risk())
                .isEqualTo(News2Risk.LOW);
        // + temperature 38.1 (1) = 5
        News2Score five = News2.score(vitals(21, 98, false, false, 120, 111, Consciousness.ALERT, 38.1)).orElseThrow();
        assertThat(five.total()).isEqualTo(5);
        assertThat(five.risk()).isEqualTo(News2Risk.MEDIUM);
        // + SBP 101 (1) = 6
        News2Score six = News2.score(vitals(21, 98, false, false, 101, 111, Consciousness.ALERT, 38.1)).orElseThrow();
        assertThat(six.total()).isEqualTo(6);
        assertThat(six.risk()).isEqualTo(News2Risk.MEDIUM);
        // + SpO2 95 (1) = 7
        News2Score seven = News2.score(vitals(21, 95, false, false, 101, 111, Consciousness.ALERT, 38.1)).orElseThrow();
        assertThat(seven.total()).isEqualTo(7);
        assertThat(seven.risk()).isEqualTo(News2Risk.HIGH);
    }

    @Test
    void aSingleThreeIsLowMediumEvenWithALowAggregate() {
        News2Score s = News2.score(vitals(16, 98, false, false, 120, 70, Consciousness.NEW_CONFUSION, 37.0)).orElseThrow();
        assertThat(s.total()).isEqualTo(3);
        assertThat(s.hasSingleParameterThree()).isTrue();
        assertThat(s.risk()).isEqualTo(News2Risk.LOW_MEDIUM);
    }

    @Test
    void oxygenAddsTwoAndScale2IsUsedForHypercapnicPatients() {
        News2Score onAir = News2.score(vitals(16, 90, false, true, 120, 70, Consciousness.ALERT, 37.0)).orElseThrow();
        assertThat(onAir.spo2Scale()).isEqualTo(2);
        assertThat(onAir.total()).isZero();
        News2Score onOxygen = News2.score(vitals(16, 97, true, true, 120, 70, Consciousness.ALERT, 37.0)).orElseThrow();
        assertThat(onOxygen.total()).isEqualTo(5); // SpO2 97 on O2 scale 2 (3) + oxygen (2)
        News2Score scale1 = News2.score(vitals(16, 90, false, false, 120, 70, Consciousness.ALERT, 37.0)).orElseThrow();
        assertThat(scale1.total()).isEqualTo(3);
    }

    @Test
    void aPartialScoreIsALowerBoundReportedOnlyWhenItReachesAThreshold() {
        // rr 25 (3) + hr 131 (3): 6 or more whatever the missing parameters add
        News2Score medium = News2.score(new Vitals(25, null, null, null, null, 131, null, null)).orElseThrow();
        assertThat(medium.total()).isEqualTo(6);
        assertThat(medium.risk()).isEqualTo(News2Risk.MEDIUM);
        assertThat(medium.partial()).isTrue();
        assertThat(medium.missing()).containsExactly("spo2", "systolicBp", "consciousness", "temperatureC");
        // boundary: 4 points given (rr 21-24 → 2, hr 111-130 → 2) is below every threshold: not reported
        assertThat(News2.score(new Vitals(24, null, null, null, null, 130, null, null))).isEmpty();
        // 5 given: reported
        assertThat(News2.score(new Vitals(24, null, null, null, 100, 130, null, null))).get()
                .extracting(News2Score::total, News2Score::partial).containsExactly(6, true);
        // a single red reading alone is the vital-sign rules' business, not a partial aggregate
        assertThat(News2.score(new Vitals(null, 88, null, null, null, null, null, null))).isEmpty();
        // 7 from three parameters
        assertThat(News2.score(new Vitals(null, 91, true, null, 100, null, null, null))).get()
                .extracting(News2Score::total, News2Score::risk).containsExactly(7, News2Risk.HIGH);
    }

    @Test
    void aPartialScoreSetsTheFloorItAlreadyReaches() {
        SafetyFloor floor = Fixtures.engine().evaluate(Fixtures.request(60, false, "feeling unwell",
                new Vitals(26, null, null, null, null, 135, null, null)));
        assertThat(floor.floor()).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(floor.redFlags()).filteredOn(f -> f.code().equals("news2_medium")).singleElement()
                .satisfies(f -> assertThat(f.description()).contains("6 or more (partial"));
    }

    @Test
    void incompleteVitalsBelowEveryThresholdAreNotScored() {
        assertThat(News2.score(null)).isEmpty();
        assertThat(News2.score(new Vitals(16, 98, false, false, 120, 70, Consciousness.ALERT, null))).isEmpty();
        assertThat(News2.score(new Vitals(null, 98, false, false, 120, 70, Consciousness.ALERT, 37.0))).isEmpty();
        assertThat(News2.score(new Vitals(16, 98, null, null, 120, 70, Consciousness.ALERT, 37.0)))
                .as("oxygen and scale flags default to air and scale 1").isPresent();
    }

    @Test
    void notScoredUnder16OrInPregnancy() {
        assertThat(picture(15.9, false).news2()).isEmpty();
        assertThat(picture(16, false).news2()).isPresent();
        assertThat(picture(30, true).news2()).isEmpty();
    }

    static ClinicalPicture picture(double years, boolean pregnant) {
        return ClinicalPicture.of(Fixtures.request(years, pregnant, "cough", normal()));
    }

    @Test
    void floorFollowsTheRisk() {
        News2Rule rule = new News2Rule();
        assertThat(rule.evaluate(ClinicalPicture.of(Fixtures.request(40, false, "x",
                vitals(21, 95, false, false, 101, 111, Consciousness.ALERT, 38.1)))))
                .extracting(RedFlag::level).containsExactly(TriageLevel.EMERGENCY_AMBULANCE);
        assertThat(rule.evaluate(ClinicalPicture.of(Fixtures.request(40, false, "x",
                vitals(21, 98, false, false, 120, 111, Consciousness.ALERT, 38.1)))))
                .extracting(RedFlag::level).containsExactly(TriageLevel.EMERGENCY);
        assertThat(rule.evaluate(ClinicalPicture.of(Fixtures.request(40, false, "x",
                vitals(25, 98, false, false, 120, 70, Consciousness.ALERT, 37.0)))))
                .extracting(RedFlag::code).containsExactly("news2_single_parameter");
        assertThat(rule.evaluate(ClinicalPicture.of(Fixtures.request(40, false, "x",
                vitals(21, 98, false, false, 120, 111, Consciousness.ALERT, 37.0))))).isEmpty();
    }
}
