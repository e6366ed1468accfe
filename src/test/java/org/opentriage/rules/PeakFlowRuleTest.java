package org.opentriage.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PeakFlowRuleTest {

    private final SafetyFloorEngine engine = Fixtures.engine();

    /** BTS/SIGN 158: below 33 % of best is life-threatening; 33–50 % acute severe; above 50 % is left to the rest. */
    @ParameterizedTest(name = "peak flow {0} of a best of 300 -> {1}")
    @CsvSource({
            "98, EMERGENCY_AMBULANCE, life_threatening_asthma",
            "99, EMERGENCY, acute_severe_asthma",
            "150, EMERGENCY, acute_severe_asthma",
            "151, SELF_CARE, ''",
            "290, SELF_CARE, ''",
    })
    void theFractionOfBestGradesTheAttack(int current, TriageLevel level, String code) {
        SafetyFloor floor = engine.evaluate(Fixtures.request(30, false,
                "asthmatic, peak flow " + current + ", my best is 300", null));
        assertThat(floor.floor()).isEqualTo(level);
        if (!code.isEmpty()) {
            assertThat(floor.redFlags()).extracting(RedFlag::code).containsExactly(code);
            assertThat(floor.redFlags().get(0).trigger()).contains("peak flow " + current + " of a best of 300");
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "asthma, peak flow 150, usual is 450|acute_severe_asthma",
            "asthma, peak flow 140, usual is 450|life_threatening_asthma",
            "my PEF is only 200 today, normally 420|acute_severe_asthma",
            "Peak flow meter: 120. Personal best 400|life_threatening_asthma",
    })
    void readsTheWaysPatientsWriteIt(String complaint, String code) {
        assertThat(engine.evaluate(Fixtures.request(9, false, complaint, null)).redFlags())
                .extracting(RedFlag::code).contains(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "peak flow 150",
            "peak flow 450, my best is 450",
            "my best friend has asthma, peak flow 300",
            "peak flow 5, best 300",
            "usual cough for 2 days",
    })
    void withoutABestOrWithAnImpossibleNumberNothingIsGraded(String complaint) {
        assertThat(engine.evaluate(Fixtures.request(30, false, complaint, null)).redFlags())
                .extracting(RedFlag::code).doesNotContain("life_threatening_asthma", "acute_severe_asthma");
    }
}
