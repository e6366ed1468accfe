package org.opentriage.rules;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentriage.patient.TriageRequest;
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

    /**
     * Hindi keyboards put zero-width joiners and non-joiners inside words; copied text brings soft
     * hyphens and word joiners. None of them may change what the rules read: every vignette, with
     * one inserted inside each word, keeps its level and its flags.
     */
    @Test
    void invisibleCharactersInsideWordsChangeNoLevel() {
        SafetyFloorEngine engine = Fixtures.engine();
        String[] invisible = {"\u200B", "\u200C", "\u200D", "\u00AD", "\u2060", "\uFEFF"};
        int n = 0;
        for (Vignette v : SUITE) {
            TriageRequest clean = v.request();
            StringBuilder hidden = new StringBuilder();
            for (String word : clean.complaint().split(" ", -1)) {
                int cut = word.length() / 2;
                hidden.append(hidden.isEmpty() ? "" : " ").append(word, 0, cut).append(invisible[n++ % invisible.length])
                        .append(word.substring(cut));
            }
            TriageRequest withInvisible = new TriageRequest(clean.patient(), hidden.toString(), clean.symptoms(),
                    clean.vitals(), clean.history(), clean.language());
            SafetyFloor a = engine.evaluate(clean);
            SafetyFloor b = engine.evaluate(withInvisible);
            assertThat(b.floor()).as(v.id()).isEqualTo(a.floor());
            assertThat(b.redFlags()).extracting(RedFlag::code).as(v.id()).isEqualTo(a.redFlags().stream().map(RedFlag::code).toList());
        }
    }
}
