package org.opentriage.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentriage.patient.Vitals;

import static org.assertj.core.api.Assertions.assertThat;

/** Boundaries of the severe-hypertension floors (NICE NG136 1.5; AHA hypertensive crisis). */
class HypertensiveCrisisRuleTest {

    static final SafetyFloorEngine ENGINE = Fixtures.engine();

    static SafetyFloor adult(String words) {
        return ENGINE.evaluate(Fixtures.request(55, false, words, null));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "bp 180/100 at home|severe_hypertension|CONSULTATION_24",
            "bp 179/100 at home||SELF_CARE",
            "bp 170/120 at home|severe_hypertension|CONSULTATION_24",
            "bp 170/119 at home||SELF_CARE",
            "bp 210/120 and headache|severe_hypertension|CONSULTATION_24",
            "bp 190/110 and my arm is numb|hypertensive_crisis|EMERGENCY_AMBULANCE",
            "bp 200 over 125, vision is blurry|hypertensive_crisis|EMERGENCY_AMBULANCE",
            "bp 185 by 100 and short of breath|hypertensive_crisis|EMERGENCY_AMBULANCE",
            "bp 185/100, trouble speaking|hypertensive_crisis|EMERGENCY_AMBULANCE",
            "bp 190/110 and back pain|hypertensive_crisis|EMERGENCY_AMBULANCE",
            "bp 190/110 and he is confused|hypertensive_crisis|EMERGENCY_AMBULANCE",
            "bp 190/110, no chest pain, no weakness|severe_hypertension|CONSULTATION_24",
            "bp 179/119 and my arm is numb||"})
    void floors(String words, String code, TriageLevel floor) {
        SafetyFloor f = adult(words);
        if (code == null) {
            assertThat(f.redFlags()).extracting(RedFlag::code).doesNotContain("severe_hypertension", "hypertensive_crisis");
        } else {
            assertThat(f.redFlags()).extracting(RedFlag::code).contains(code);
            assertThat(f.floor()).isEqualTo(floor);
        }
    }

    @Test
    void aSystolicTheAppSentCountsAndKeepsItsPlainTrigger() {
        SafetyFloor f = ENGINE.evaluate(Fixtures.request(55, false, "headache",
                new Vitals(null, null, null, null, 180, null, null, null)));
        assertThat(f.redFlags()).extracting(RedFlag::code, RedFlag::trigger)
                .contains(org.assertj.core.groups.Tuple.tuple("severe_hypertension", "systolic 180 mmHg"));
    }

    @Test
    void theTriggerQuotesTheWrittenReading() {
        assertThat(adult("bp 200/130 and chest pain").redFlags()).filteredOn(r -> r.code().equals("hypertensive_crisis"))
                .extracting(RedFlag::trigger).singleElement().asString()
                .contains("systolic 200 mmHg (written: \"bp 200/130\")", "diastolic 130 mmHg", "chest pain");
    }

    @Test
    void childrenAreLeftToTheirAgeBandedLimits() {
        assertThat(ENGINE.evaluate(Fixtures.request(12, false, "bp 185/125 and headache", null)).redFlags())
                .extracting(RedFlag::code).doesNotContain("severe_hypertension", "hypertensive_crisis");
    }
}
