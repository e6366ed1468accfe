package org.opentriage.rules;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentriage.testsupport.TriageScore;
import org.opentriage.testsupport.Vignette;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules alone, as if the model always said "self-care": every emergency must still reach
 * level 1–2, and benign complaints must stay where they are.
 */
class VignetteSuiteTest {

    static final List<Vignette> SUITE = Vignette.load();

    @Test
    void theSuiteHasWhatItClaims() {
        assertThat(SUITE).hasSizeGreaterThanOrEqualTo(60);
        assertThat(SUITE.stream().filter(v -> v.id().startsWith("S-E"))).hasSize(15);
        assertThat(SUITE.stream().filter(v -> v.id().startsWith("S-N"))).hasSize(15);
        assertThat(SUITE.stream().filter(v -> v.id().startsWith("S-S"))).hasSize(15);
        assertThat(SUITE).extracting(Vignette::id).doesNotHaveDuplicates();
    }

    @Test
    void rulesCatchEveryEmergencyAndLeaveBenignComplaintsAlone() {
        SafetyFloorEngine engine = Fixtures.engine();
        TriageScore score = new TriageScore("Rules floor with a model that always says self-care");
        for (Vignette v : SUITE) {
            score.add(v, engine.evaluate(v.request()).floor().level(), null);
        }
        System.out.println(score.report());

        assertThat(score.underTriaged()).as("emergencies the rules missed").isEmpty();
        assertThat(score.emergentRecall()).isEqualTo(1.0);
        assertThat(score.overTriageRate()).as("over-triage of non-emergent and self-care vignettes").isLessThanOrEqualTo(0.10);
    }
}
