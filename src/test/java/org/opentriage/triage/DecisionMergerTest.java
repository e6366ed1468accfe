package org.opentriage.triage;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opentriage.cases.DecisionSource;
import org.opentriage.cases.TriageDecision;
import org.opentriage.model.ModelOutcome;
import org.opentriage.model.ValidatedAssessment;
import org.opentriage.patient.Age;
import org.opentriage.patient.AgeUnit;
import org.opentriage.patient.Patient;
import org.opentriage.patient.TriageRequest;
import org.opentriage.rules.RedFlag;
import org.opentriage.rules.SafetyFloor;
import org.opentriage.rules.Screening;
import org.opentriage.rules.TriageLevel;

import static org.assertj.core.api.Assertions.assertThat;

/** The safety invariants, for every pair of floor and model level. */
class DecisionMergerTest {

    static final EmergencyContactsConfig INDIA = new EmergencyContactsConfig() {
        public String number() { return "112"; }
        public String ambulance() { return "108"; }
        public String crisisLine() { return "14416"; }
    };
    final DecisionMerger merger = new DecisionMerger(new PatientAdvice(INDIA));

    static TriageRequest request(String language) {
        return new TriageRequest(new Patient(new Age(40.0, AgeUnit.YEARS), null, null, null), "x", null, null, null, language);
    }

    /** A floor whose discriminator screen is complete (every question answered). */
    static SafetyFloor floor(TriageLevel level, String code) {
        return floor(level, code, true);
    }

    static SafetyFloor floor(TriageLevel level, String code, boolean screenComplete) {
        List<RedFlag> flags = level == TriageLevel.SELF_CARE ? List.of() : List.of(new RedFlag(code, level, "d", "t"));
        Screening screening = new Screening("test-1", List.of("unwell_adult"), List.of(), screenComplete, List.of(), List.of());
        return new SafetyFloor(level, flags, Optional.empty(), screening);
    }

    static ModelOutcome model(TriageLevel level) {
        return ModelOutcome.usable("m", 10, new ValidatedAssessment(List.of(), level, List.of(), "Model advice."));
    }

    @Test
    void theModelNeverMakesACaseLessUrgentThanTheFloor() {
        for (TriageLevel floorLevel : TriageLevel.values()) {
            for (TriageLevel modelLevel : TriageLevel.values()) {
                TriageDecision d = merger.merge(request("en"), floor(floorLevel, "x"), model(modelLevel));
                assertThat(d.level()).isEqualTo(floorLevel.mostUrgent(modelLevel));
                assertThat(d.level().level()).isLessThanOrEqualTo(floorLevel.level());
                DecisionSource expected = modelLevel.moreUrgentThan(floorLevel)
                        || (modelLevel == floorLevel && floorLevel == TriageLevel.SELF_CARE) ? DecisionSource.MODEL : DecisionSource.RULES;
                assertThat(d.source()).as("floor %s, model %s", floorLevel, modelLevel).isEqualTo(expected);
            }
        }
    }

    @Test
    void anIncompleteScreenNeverEndsInSelfCareWhateverTheModelSays() {
        TriageDecision d = merger.merge(request("en"), floor(TriageLevel.SELF_CARE, "x", false), model(TriageLevel.SELF_CARE));
        assertThat(d.level()).isEqualTo(TriageLevel.CONSULTATION);
        assertThat(d.source()).isEqualTo(DecisionSource.RULES);
        assertThat(d.advice()).doesNotContain("Model advice.");
        for (TriageLevel modelLevel : TriageLevel.values()) {
            TriageDecision any = merger.merge(request("en"), floor(TriageLevel.SELF_CARE, "x", false), model(modelLevel));
            assertThat(any.level()).as("model %s", modelLevel).isEqualTo(modelLevel.mostUrgent(TriageLevel.CONSULTATION));
        }
        TriageDecision agreed = merger.merge(request("en"), floor(TriageLevel.SELF_CARE, "x", false), model(TriageLevel.CONSULTATION));
        assertThat(agreed.source()).isEqualTo(DecisionSource.MODEL);
        assertThat(agreed.advice()).startsWith("Model advice.");
    }

    @ParameterizedTest
    @EnumSource(TriageLevel.class)
    void withoutAModelTheLevelIsAtMostConsultation24(TriageLevel floorLevel) {
        TriageDecision d = merger.merge(request("en"), floor(floorLevel, "x"), ModelOutcome.degraded("m", 5, "timeout"));
        assertThat(d.level()).isEqualTo(floorLevel.mostUrgent(TriageLevel.CONSULTATION_24));
        assertThat(d.source()).isEqualTo(DecisionSource.RULES);
        assertThat(d.differentials()).isEmpty();
    }

    @Test
    void overruledModelAdviceIsReplaced() {
        TriageDecision d = merger.merge(request("en"), floor(TriageLevel.EMERGENCY_AMBULANCE, "stroke_signs"),
                model(TriageLevel.SELF_CARE));
        assertThat(d.advice()).doesNotContain("Model advice.").contains("108").contains("112");
    }

    @Test
    void urgentAndSelfHarmAdviceCarriesTheNumbersInTheirLanguage() {
        TriageDecision d = merger.merge(request("hi-IN"), floor(TriageLevel.EMERGENCY, "suicidal_intent"),
                model(TriageLevel.EMERGENCY));
        assertThat(d.advice()).startsWith("Model advice.").contains("14416").contains("आपातकालीन");
        TriageDecision degraded = merger.merge(request("en"), floor(TriageLevel.EMERGENCY, "suicidal_intent"),
                ModelOutcome.degraded("m", 5, "timeout"));
        assertThat(degraded.advice()).contains("Tele-MANAS on 14416").contains("emergency department");
    }
}
