package org.opentriage.rules;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentriage.common.InvalidFieldsException;
import org.opentriage.common.Problem;
import org.opentriage.patient.Age;
import org.opentriage.patient.AgeUnit;
import org.opentriage.patient.Patient;
import org.opentriage.patient.ScreeningAnswer;
import org.opentriage.patient.Sex;
import org.opentriage.patient.TriageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The screen's behaviour, on a small fixture base (src/test/resources/clinical-fixture). */
class ScreeningEngineTest {

    static final ScreeningEngine ENGINE = new ScreeningEngine(KnowledgeBaseLoader.load("clinical-fixture/index.yaml"));

    static TriageRequest child(String complaint, ScreeningAnswer... answers) {
        return request(6, Sex.MALE, false, complaint, null, "en", answers);
    }

    static TriageRequest request(double years, Sex sex, boolean pregnant, String complaint, List<String> presentations,
                                 String language, ScreeningAnswer... answers) {
        return new TriageRequest(new Patient(new Age(years, AgeUnit.YEARS), sex, pregnant, null), complaint, List.of(),
                null, null, language, presentations, List.of(answers));
    }

    static ScreeningAnswer a(String id, Object value) {
        return new ScreeningAnswer(id, value);
    }

    @Test
    void withoutAnswersTheScreenIsOpenMostUrgentQuestionFirst() {
        Screening s = ENGINE.screen(child("my son has a fever"));
        assertThat(s.presentations()).containsExactly("fever_child");
        assertThat(s.complete()).isFalse();
        assertThat(s.findings()).isEmpty();
        assertThat(s.questions()).extracting(Screening.Question::id).containsExactly(
                "general.not_breathing", "fever_child.rash_not_fading", "general.pain", "fever_child.temperature",
                "fever_child.five_days");
        assertThat(s.questions().get(3).answerType()).isEqualTo("number");
        assertThat(s.questions().get(3).unit()).isEqualTo("°C");
        assertThat(s.rulesVersion()).isEqualTo("fixture-1");
    }

    @Test
    void questionsComeInTheRequestsLanguage() {
        Screening s = ENGINE.screen(request(6, Sex.MALE, false, "bukhar hai", null, "hi"));
        assertThat(s.questions().get(0).text()).isEqualTo("क्या साँस ठीक से नहीं चल रही?");
        assertThat(s.questions().get(0).why()).isEqualTo("साँस ज़रूरी है।");
    }

    @Test
    void aYesSetsTheQuestionsLevelAsAFinding() {
        Screening s = ENGINE.screen(child("fever", a("fever_child.rash_not_fading", true)));
        assertThat(s.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("fever_child.rash_not_fading");
            assertThat(f.level()).isEqualTo(TriageLevel.EMERGENCY_AMBULANCE);
            assertThat(f.trigger()).contains("answered yes");
        });
        assertThat(s.questions()).extracting(Screening.Question::id).doesNotContain("fever_child.rash_not_fading");
    }

    @ParameterizedTest
    @CsvSource({"38.9,", "39,CONSULTATION_24", "43.5,CONSULTATION_24", "35,", "34.9,EMERGENCY"})
    void aNumberSetsTheLevelOfTheFirstThresholdItMeets(double celsius, TriageLevel expected) {
        Screening s = ENGINE.screen(child("fever", a("fever_child.temperature", celsius)));
        assertThat(s.findings().stream().map(RedFlag::level).findFirst().orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"4,", "5,CONSULTATION_24", "7,CONSULTATION_24", "8,EMERGENCY", "10,EMERGENCY"})
    void painScoresFollowTheScale(int score, TriageLevel expected) {
        Screening s = ENGINE.screen(child("fever", a("general.pain", score)));
        assertThat(s.findings().stream().map(RedFlag::level).findFirst().orElse(null)).isEqualTo(expected);
    }

    @Test
    void everyQuestionAnsweredNoCompletesTheScreen() {
        Screening s = ENGINE.screen(child("fever", a("general.not_breathing", false), a("general.pain", 2),
                a("fever_child.temperature", 37.8), a("fever_child.rash_not_fading", false), a("fever_child.five_days", false)));
        assertThat(s.complete()).isTrue();
        assertThat(s.questions()).isEmpty();
        assertThat(s.findings()).isEmpty();
    }

    @Test
    void anUnknownIsNeverANoItAsksTheFollowUpQuestion() {
        Screening s = ENGINE.screen(child("fever", a("general.not_breathing", false), a("general.pain", 2),
                a("fever_child.temperature", "unknown"), a("fever_child.rash_not_fading", false), a("fever_child.five_days", false)));
        assertThat(s.complete()).isFalse();
        assertThat(s.questions()).extracting(Screening.Question::id).containsExactly("fever_child.feels_very_hot");

        Screening answered = ENGINE.screen(child("fever", a("general.not_breathing", false), a("general.pain", 2),
                a("fever_child.temperature", "unknown"), a("fever_child.feels_very_hot", true),
                a("fever_child.rash_not_fading", false), a("fever_child.five_days", false)));
        assertThat(answered.complete()).isTrue();
        assertThat(answered.findings()).extracting(RedFlag::code).containsExactly("fever_child.feels_very_hot");
    }

    @Test
    void anUnknownWithoutAFollowUpLeavesTheScreenIncomplete() {
        Screening s = ENGINE.screen(child("fever", a("general.not_breathing", "unknown"), a("general.pain", 2),
                a("fever_child.temperature", 37), a("fever_child.rash_not_fading", false), a("fever_child.five_days", false)));
        assertThat(s.questions()).isEmpty();
        assertThat(s.complete()).isFalse();
    }

    @Test
    void nothingRecognisedGivesTheCatchAllForTheAge() {
        assertThat(ENGINE.screen(child("he is not himself")).presentations()).containsExactly("unwell_child");
        assertThat(ENGINE.screen(request(40, Sex.FEMALE, false, "I feel off", null, "en")).presentations())
                .containsExactly("unwell_adult");
        // fever_child applies from 3 months to 16 years: an adult with a fever gets the catch-all here
        assertThat(ENGINE.screen(request(40, Sex.FEMALE, false, "fever", null, "en")).presentations())
                .containsExactly("unwell_adult");
    }

    @Test
    void theAppMayNamePresentationsTheTextDoesNotShow() {
        Screening s = ENGINE.screen(request(6, Sex.MALE, false, "he is not himself", List.of("fever_child"), "en"));
        assertThat(s.presentations()).containsExactly("fever_child");
    }

    @Test
    void questionsApplyByAgeSexAndPregnancy() {
        assertThat(ENGINE.screen(request(28, Sex.FEMALE, true, "I feel off", null, "en")).questions())
                .extracting(Screening.Question::id).contains("general.pregnant_bleeding");
        assertThat(ENGINE.screen(request(28, Sex.FEMALE, false, "I feel off", null, "en")).questions())
                .extracting(Screening.Question::id).doesNotContain("general.pregnant_bleeding");
    }

    @Test
    void aConfirmedDangerSignCountsEvenOutsideTheChosenPresentations() {
        Screening s = ENGINE.screen(request(40, Sex.MALE, false, "I feel off", null, "en",
                a("fever_child.rash_not_fading", true)));
        assertThat(s.presentations()).containsExactly("unwell_adult");
        // fever_child's questions apply to everyone unless they say otherwise: the yes counts
        assertThat(s.findings()).extracting(RedFlag::code).containsExactly("fever_child.rash_not_fading");
    }

    @Test
    void unknownIdsAndWrongTypesAreRefusedNamingEachField() {
        assertThatThrownBy(() -> ENGINE.screen(request(6, Sex.MALE, false, "fever", List.of("fevr"), "en",
                a("no.such", true), a("general.not_breathing", "yes"), a("general.pain", 11), a("fever_child.temperature", 50),
                a("general.pain", 2.5))))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.violations())
                        .extracting(Problem.Violation::field)
                        .containsExactly("presentations[0]", "answers[0].id", "answers[1].value", "answers[2].value",
                                "answers[3].value", "answers[4].value"))
                .hasMessageContaining("6 invalid field(s)");
    }
}
