package org.opentriage.model;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentriage.rules.TriageLevel;

import static org.assertj.core.api.Assertions.assertThat;

class ModelAssessmentValidatorTest {

    final ModelAssessmentValidator validator = new ModelAssessmentValidator();

    static ModelAssessment.Differential d(String condition, String icd10, Double likelihood) {
        return new ModelAssessment.Differential(condition, icd10, likelihood, "why", null);
    }

    static ModelAssessment answer(Integer level, List<ModelAssessment.Differential> ds) {
        return new ModelAssessment(ds, level, List.of("How long?"), "Rest.");
    }

    @Test
    void ranksByLikelihoodAndDefaultsCannotMissToFalse() {
        var result = validator.validate(answer(4, List.of(d("B", "J00", 0.2), d("A", "I21.9", 0.7), d("C", null, 0.1))));
        ValidatedAssessment a = ((ModelAssessmentValidator.Valid) result).assessment();
        assertThat(a.differentials()).extracting(DifferentialView::condition).containsExactly("A", "B", "C");
        assertThat(a.differentials()).extracting(DifferentialView::rank).containsExactly(1, 2, 3);
        assertThat(a.differentials()).extracting(DifferentialView::cannotMiss).containsOnly(false);
        assertThat(a.suggestedLevel()).isEqualTo(TriageLevel.CONSULTATION);
    }

    static ModelAssessment.Differential cannotMiss(double likelihood) {
        return new ModelAssessment.Differential("Meningitis", "G03.9", likelihood, "why", true);
    }

    @ParameterizedTest(name = "self-care with a cannot-miss condition at {0}")
    @ValueSource(doubles = {0.2, 0.5, 1.0})
    void selfCareWithALikelyCannotMissConditionIsNotUsable(double likelihood) {
        var result = validator.validate(answer(5, List.of(d("Tension headache", "G44.2", 0.7), cannotMiss(likelihood))));
        assertThat(result).isInstanceOf(ModelAssessmentValidator.Invalid.class);
        assertThat(((ModelAssessmentValidator.Invalid) result).problems()).singleElement().asString()
                .startsWith("suggestedLevel: self_care with a cannot-miss condition");
    }

    @Test
    void anUnlikelyCannotMissConditionOrAMoreUrgentLevelStaysUsable() {
        assertThat(validator.validate(answer(5, List.of(d("Tension headache", "G44.2", 0.8), cannotMiss(0.19)))))
                .isInstanceOf(ModelAssessmentValidator.Valid.class);
        assertThat(validator.validate(answer(4, List.of(cannotMiss(0.6))))).isInstanceOf(ModelAssessmentValidator.Valid.class);
    }

    @Test
    void likelihoodBoundsAreInclusive() {
        assertThat(validator.validate(answer(3, List.of(d("A", "J00", 0.0), d("B", "J00", 1.0)))))
                .isInstanceOf(ModelAssessmentValidator.Valid.class);
        assertThat(validator.validate(answer(3, List.of(d("A", "J00", -0.01))))).isInstanceOf(ModelAssessmentValidator.Invalid.class);
        assertThat(validator.validate(answer(3, List.of(d("A", "J00", 1.01))))).isInstanceOf(ModelAssessmentValidator.Invalid.class);
        assertThat(validator.validate(answer(3, List.of(d("A", "J00", Double.NaN))))).isInstanceOf(ModelAssessmentValidator.Invalid.class);
        assertThat(validator.validate(answer(3, List.of(d("A", "J00", null))))).isInstanceOf(ModelAssessmentValidator.Invalid.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1, 99})
    void levelsOutsideOneToFiveAreRejected(int level) {
        assertThat(validator.validate(answer(level, List.of(d("A", "J00", 0.5))))).isInstanceOf(ModelAssessmentValidator.Invalid.class);
    }

    @Test
    void everyMissingOrOversizedFieldIsRejected() {
        List<ModelAssessment.Differential> one = List.of(d("A", "J00", 0.5));
        assertThat(validator.validate(null)).isInstanceOf(ModelAssessmentValidator.Invalid.class);
        assertThat(validator.validate(answer(null, one))).isInstanceOf(ModelAssessmentValidator.Invalid.class);
        assertThat(validator.validate(answer(3, null))).isInstanceOf(ModelAssessmentValidator.Invalid.class);
        assertThat(validator.validate(answer(3, List.of()))).isInstanceOf(ModelAssessmentValidator.Invalid.class);
        assertThat(validator.validate(answer(3, Collections.nCopies(11, d("A", "J00", 0.1)))))
                .isInstanceOf(ModelAssessmentValidator.Invalid.class);
        assertThat(validator.validate(answer(3, List.of(d("", "J00", 0.5))))).isInstanceOf(ModelAssessmentValidator.Invalid.class);
        assertThat(validator.validate(answer(3, List.of(d("x".repeat(201), "J00", 0.5)))))
                .isInstanceOf(ModelAssessmentValidator.Invalid.class);
        assertThat(validator.validate(answer(3, List.of(d("A", "not a code", 0.5)))))
                .isInstanceOf(ModelAssessmentValidator.Invalid.class);
        assertThat(validator.validate(new ModelAssessment(one, 3, List.of("ok"), " ")))
                .isInstanceOf(ModelAssessmentValidator.Invalid.class);
        assertThat(validator.validate(new ModelAssessment(one, 3, List.of("ok"), "x".repeat(3001))))
                .isInstanceOf(ModelAssessmentValidator.Invalid.class);
        assertThat(validator.validate(new ModelAssessment(one, 3, Collections.nCopies(11, "q?"), "Rest.")))
                .isInstanceOf(ModelAssessmentValidator.Invalid.class);
        assertThat(validator.validate(new ModelAssessment(one, 3, List.of(""), "Rest.")))
                .isInstanceOf(ModelAssessmentValidator.Invalid.class);
        assertThat(validator.validate(new ModelAssessment(one, 3, null, "Rest.")))
                .isInstanceOf(ModelAssessmentValidator.Valid.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I21", "I21.9", "J02.9", "U07.1", "S72.001A", "E119"})
    void icd10CodesInUsualShapesAreAccepted(String code) {
        assertThat(validator.validate(answer(3, List.of(d("A", code, 0.5))))).isInstanceOf(ModelAssessmentValidator.Valid.class);
    }
}
