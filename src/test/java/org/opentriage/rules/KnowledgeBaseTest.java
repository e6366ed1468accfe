package org.opentriage.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentriage.rules.Knowledge.AnswerType;
import org.opentriage.rules.Knowledge.Discriminator;
import org.opentriage.rules.Knowledge.Explain;
import org.opentriage.rules.Knowledge.Presentation;
import org.opentriage.rules.Knowledge.Text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The knowledge base on the classpath is sound, and the loader refuses one that is not. */
class KnowledgeBaseTest {

    static final KnowledgeBase BASE = KnowledgeBaseLoader.standard();

    @Test
    void theBaseLoadsWithAVersionAndEveryPresentationOfTheStandard() {
        assertThat(BASE.version()).isNotBlank();
        assertThat(BASE.general()).isNotEmpty();
        assertThat(BASE.presentations()).extracting(Presentation::id).contains("chest_pain");
        assertThat(BASE.presentation("unwell_adult")).isPresent();
        assertThat(BASE.presentation("unwell_child")).isPresent();
    }

    @Test
    void everyQuestionIsCitedInBothLanguagesWithALevelInRange() {
        for (Discriminator d : BASE.discriminators().values()) {
            assertThat(d.source()).as(d.id()).isNotBlank();
            assertThat(d.question().en()).as(d.id()).isNotBlank();
            assertThat(d.question().hi()).as(d.id()).containsPattern("[\\u0900-\\u097F]");
            assertThat(d.explain().patient().hi()).as(d.id()).containsPattern("[\\u0900-\\u097F]");
            assertThat(d.urgency()).as(d.id()).isBetween(1, 4);
        }
    }

    /** One test per presentation: its examples select it, its look-alikes do not. */
    @TestFactory
    Stream<DynamicTest> everyPresentationSelectsItsExamplesAndNotItsLookAlikes() {
        return BASE.presentations().stream().filter(p -> p.examples() != null).map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            for (String text : p.examples().selects()) {
                assertThat(BASE.recognisedIn(text)).as("'%s' selects %s", text, p.id()).contains(p);
            }
            for (String text : p.examples().not() == null ? List.<String>of() : p.examples().not()) {
                assertThat(BASE.recognisedIn(text)).as("'%s' does not select %s", text, p.id()).doesNotContain(p);
            }
        }));
    }

    @Test
    void invisibleCharactersInsideWordsDoNotHideAPresentation() {
        assertThat(BASE.recognisedIn("ches\u200Bt pa\u00ADin since morning")).extracting(Presentation::id).contains("chest_pain");
        assertThat(BASE.recognisedIn("сhest pain")).extracting(Presentation::id).contains("chest_pain"); // Cyrillic с
        assertThat(BASE.recognisedIn("छाती\u200D में दर्द है")).extracting(Presentation::id).contains("chest_pain");
    }

    @Test
    void theLoaderNamesEveryProblemOfABrokenBase() {
        Text both = new Text("Question?", "प्रश्न?");
        Explain explain = new Explain("Nurse.", both);
        Discriminator good = new Discriminator("general.a", both, AnswerType.yes_no, 1, null, null, null, null, null, null,
                explain, "MTS");
        Discriminator twice = new Discriminator("general.a", both, AnswerType.yes_no, 2, null, null, null, null, null, null,
                explain, "MTS");
        Discriminator selfCare = new Discriminator("general.b", both, AnswerType.yes_no, 5, null, null, null, null, null,
                null, explain, "MTS");
        Discriminator noHindi = new Discriminator("general.c", new Text("Question?", "Prashn?"), AnswerType.yes_no, 2, null,
                null, null, null, null, null, explain, "MTS");
        Discriminator uncited = new Discriminator("general.d", both, AnswerType.yes_no, 2, null, null, null, null, null,
                null, explain, " ");
        Discriminator noRange = new Discriminator("general.e", both, AnswerType.number, null, "°C",
                List.of(new Knowledge.Threshold(38.0, null, 3)), null, null, null, null, explain, "NICE");
        Discriminator orphan = new Discriminator("general.f", both, AnswerType.yes_no, 3, null, null, null, null, null,
                true, explain, "NICE");
        Presentation unrecognisable = new Presentation("rash", both, null, "MTS", Map.of(), null, List.of(good));

        List<String> problems = KnowledgeBaseLoader.problems("v1",
                new ArrayList<>(List.of(good, twice, selfCare, noHindi, uncited, noRange, orphan)), List.of(unrecognisable));

        assertThat(problems).anyMatch(p -> p.contains("general.a") && p.contains("used twice"))
                .anyMatch(p -> p.contains("general.b") && p.contains("level from 1 to 4"))
                .anyMatch(p -> p.contains("general.c") && p.contains("Devanagari"))
                .anyMatch(p -> p.contains("general.d") && p.contains("no source"))
                .anyMatch(p -> p.contains("general.e") && p.contains("unit and a range"))
                .anyMatch(p -> p.contains("general.f") && p.contains("no question asks for it"))
                .anyMatch(p -> p.contains("presentation rash") && p.contains("English and Hindi phrases"))
                .anyMatch(p -> p.contains("presentation rash") && p.contains("no examples"))
                .anyMatch(p -> p.contains("general.a must start with rash."));
        assertThat(KnowledgeBaseLoader.problems(null, List.of(), List.of())).contains("index.yaml has no version");
    }

    @Test
    void aBaseWithAProblemStopsTheLoadWithEveryProblemNamed() {
        assertThatThrownBy(() -> KnowledgeBaseLoader.load("clinical-broken/index.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("(clinical-broken/index.yaml) has 2 problem(s)")
                .hasMessageContaining("general.bad: a yes_no question needs a level from 1 to 4")
                .hasMessageContaining("general.bad question: the Hindi (hi) is not in Devanagari");
    }
}
