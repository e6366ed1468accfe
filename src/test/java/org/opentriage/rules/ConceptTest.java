package org.opentriage.rules;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.opentriage.testsupport.Vignette;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching from token starts, with the two-character table, must find exactly what a plain
 * {@link Matcher#find()} over each clause finds: the table is a speed-up, never a change of meaning.
 */
class ConceptTest {

    @Test
    void everyConceptFindsWhatAPlainSearchFindsInEveryVignette() throws IllegalAccessException {
        List<Concept> concepts = lexiconConcepts();
        List<String> texts = new ArrayList<>();
        for (Vignette v : VignetteSuiteTest.SUITE) {
            texts.add(v.request().complaint());
            // The same words in reverse order put other words first in each clause.
            List<String> words = new ArrayList<>(List.of(v.request().complaint().split(" ")));
            Collections.reverse(words);
            texts.add(String.join(" ", words));
        }
        texts.addAll(List.of(
                "no chest pain yesterday but now chest pain", "not chest pain, chest pain", "a", "x y z 7",
                "सीने में दर्द", "chest pain", "pain chest", "denies vomiting, vomiting blood now"));

        int compared = 0;
        int found = 0;
        for (String words : texts) {
            ClinicalText text = ClinicalText.of(words);
            for (Concept concept : concepts) {
                Optional<String> expected = plainSearch(text, concept);
                assertThat(text.findAffirmed(concept)).as("%s in \"%s\"", concept, words).isEqualTo(expected);
                compared++;
                found += expected.isPresent() ? 1 : 0;
            }
        }
        assertThat(concepts).hasSizeGreaterThan(70);
        assertThat(compared).isGreaterThan(70_000);
        assertThat(found).as("comparisons where the concept is present").isGreaterThan(1_000);
    }

    @Test
    void startsThatCannotMatchAreSkippedAndOthersTried() {
        Concept cough = Concept.phrase("cough\\w*|khansi|खांसी");

        assertThat(cough.mayStartAt("coughing", 0)).isTrue();
        assertThat(cough.mayStartAt("kh", 0)).isTrue();
        assertThat(cough.mayStartAt("k", 0)).as("one letter left: a longer word could still start here").isTrue();
        assertThat(cough.mayStartAt("fever", 0)).isFalse();
        assertThat(cough.mayStartAt("ka", 0)).as("no phrasing starts with \"ka\"").isFalse();
        assertThat(cough.mayStartAt("खांसी", 0)).as("a Devanagari first letter some phrasing starts with").isTrue();
        assertThat(cough.mayStartAt("बुखार", 0)).as("a Devanagari first letter no phrasing starts with").isFalse();
        assertThat(cough.mayStartAt("°c", 0)).as("outside a-z, 0-9 and Devanagari: always tried").isTrue();
        assertThat(ClinicalText.of("बुखार और खांसी").findAffirmed(cough)).contains("खांसी");
        assertThat(ClinicalText.of("fever and a dry cough").findAffirmed(cough)).contains("cough");
        assertThat(ClinicalText.of("no cough on monday. khansi since tuesday").findAffirmed(cough)).contains("khansi");
    }

    @Test
    void aConceptMadeAfterTheTextIsTriedEverywhere() {
        ClinicalText text = ClinicalText.of("a sudden zqxv rash on the arm");
        Concept later = Concept.phrase("zqxv rash");

        assertThat(text.findAffirmed(later)).as("the text's rows predate the concept").contains("zqxv rash");
    }

    @Test
    void theStartsGrowPastTheirFirstRoom() {
        Concept early = Concept.phrase("(chest|seene) (pain|hurts|dard)");
        List<Concept> many = new ArrayList<>();
        while (ConceptStarts.registered() <= 600) {
            many.add(Concept.phrase("qz" + many.size() + " pain"));
        }
        Concept last = many.get(many.size() - 1);
        String words = "qz" + (many.size() - 1) + " pain";

        assertThat(ClinicalText.of("sudden " + words + " today").findAffirmed(last)).contains(words);
        assertThat(ClinicalText.of("sudden qz pain today").findAffirmed(last)).isEmpty();
        assertThat(ClinicalText.of("my chest hurts").findAffirmed(early)).as("made before the rows grew")
                .contains("chest hurts");
    }

    @Test
    void phrasingsAreSplitOnlyAtTheTopLevel() {
        assertThat(Concept.topLevelAlternatives("chest pain|(chest|seene) (pain|dard)|[|x]y|a\\\\|b|\\Qp|q\\E|cough\\w*"))
                .containsExactly("chest pain", "(chest|seene) (pain|dard)", "[|x]y", "a\\\\", "b", "\\Qp|q\\E", "cough\\w*");
        assertThat(Concept.topLevelAlternatives("a\\|b")).as("an escaped bar").containsExactly("a\\|b");
        assertThat(Concept.topLevelAlternatives("[]|]x|y")).as("a leading ] is a member").containsExactly("[]|]x", "y");
        assertThat(Concept.topLevelAlternatives("fever")).containsExactly("fever");
    }

    @Test
    void onlyThePhrasingsThatMayStartAtATokenAreTriedInTheirOrder() {
        Concept chest = Concept.phrase("ch\\w*|chest pain|cough\\w*|(chest|seene) (pain|dard)|\\d+ days");

        assertThat(chest.at(ConceptStarts.row("chest", 0)).pattern()).doesNotContain("cough").doesNotContain("days")
                .contains("ch\\w*|chest pain|(chest|seene) (pain|dard)");
        assertThat(chest.at(ConceptStarts.row("coughing", 0)).pattern()).doesNotContain("ch\\w*").contains("cough");
        assertThat(chest.at(ConceptStarts.row("se", 0)).pattern()).contains("(chest|seene) (pain|dard)").doesNotContain("cough");
        assertThat(chest.at(ConceptStarts.row("fever", 0))).as("no phrasing starts with \"fe\"").isNull();
        assertThat(chest.at(ConceptStarts.row("°c", 0))).as("outside the alphabet: every phrasing").isSameAs(chest.pattern());
        assertThat(chest.at(ConceptStarts.row("chest", 0))).as("made once per start").isSameAs(chest.at(ConceptStarts.row("chest", 0)));
        // The first phrasing that matches wins, as in the whole expression.
        assertThat(ClinicalText.of("sudden chest pain").findAffirmed(chest)).contains("chest");
        assertThat(ClinicalText.of("seene dard since 3 days").findAffirmed(chest)).contains("seene dard");
        assertThat(ClinicalText.of("since 3 days").findAffirmed(chest)).contains("3 days");
        assertThat(ClinicalText.of("no chest pain. fever").findAffirmed(chest)).isEmpty();
    }

    @Test
    void threeCharacterStartsSkipWhatTwoWouldTry() {
        Concept nosebleed = Concept.phrase("nosebleeds?|nose bleed\\w*|nakseer");
        int no = ConceptStarts.row("now", 0);

        assertThat(ConceptStarts.mayStart(ConceptStarts.rows()[no], nosebleed.id())).as("\"no\" may start \"nose\"").isTrue();
        assertThat(ConceptStarts.mayStart(ConceptStarts.third("now", 0, no).bits(), nosebleed.id())).isFalse();
        assertThat(ConceptStarts.mayStart(ConceptStarts.third("nose", 0, no).bits(), nosebleed.id())).isTrue();
        assertThat(ConceptStarts.third("no", 0, no)).as("two characters only").isNull();
        assertThat(ConceptStarts.third("noé", 0, no)).as("a third character outside the alphabet").isNull();
        assertThat(ClinicalText.of("now a nose bleed").findAffirmed(nosebleed)).contains("nose bleed");
        assertThat(ClinicalText.of("no nosebleed").findAffirmed(nosebleed)).isEmpty();
    }

    @Test
    void aConceptMadeAfterAThreeCharacterStartIsTriedThere() {
        assertThat(ClinicalText.of("zqxw pain").clauses()).containsExactly("zqxw pain"); // makes the start "zqx"
        Concept later = Concept.phrase("zqxw pain");

        assertThat(ClinicalText.of("sudden zqxw pain").findAffirmed(later)).as("the start predates the concept").contains("zqxw pain");
        assertThat(ConceptStarts.third("zqxw", 0, ConceptStarts.row("zqxw", 0)).covers()).isGreaterThan(later.id());
    }

    /** The matching the table replaced: {@code find()} from each index, negated matches passed over. */
    private static Optional<String> plainSearch(ClinicalText text, Concept concept) {
        for (String clause : text.clauses()) {
            Matcher m = concept.pattern().matcher(clause);
            while (m.find()) {
                if (!ClinicalText.negated(clause, m.start(), m.end())) {
                    return Optional.of(m.group());
                }
            }
        }
        return Optional.empty();
    }

    private static List<Concept> lexiconConcepts() throws IllegalAccessException {
        Set<Concept> concepts = Collections.newSetFromMap(new IdentityHashMap<>());
        RedFlagLexicon.FLAGS.forEach(flag -> concepts.addAll(flag.allOf()));
        for (Field field : RedFlagLexicon.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Concept.class) {
                field.setAccessible(true);
                concepts.add((Concept) field.get(null));
            }
        }
        return new ArrayList<>(concepts);
    }
}
