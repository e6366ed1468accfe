package org.opentriage.model;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.opentriage.rules.TriageLevel;

/**
 * Checks every field of a model answer. The JSON schema the extension sends marks nothing as
 * required, and small models drift, so nothing is assumed: one bad field makes the whole answer
 * unusable and the case is answered in degraded mode.
 */
@ApplicationScoped
public class ModelAssessmentValidator {

    static final int MAX_DIFFERENTIALS = 10;
    static final int MAX_CONDITION_LENGTH = 200;
    static final int MAX_RATIONALE_LENGTH = 1000;
    static final int MAX_QUESTIONS = 10;
    static final int MAX_QUESTION_LENGTH = 300;
    static final int MAX_ADVICE_LENGTH = 3000;
    /**
     * An answer that sends the patient home (self-care) while rating a cannot-miss condition this
     * likely contradicts itself: it is not a usable answer, so the case is degraded (never
     * self-care) rather than sent home with a dangerous condition on its own list.
     */
    static final double SELF_CARE_MAX_CANNOT_MISS_LIKELIHOOD = 0.2;
    /** ICD-10 code: a letter, two characters, then an optional dot and up to four more. */
    static final Pattern ICD10 = Pattern.compile("^[A-Z][0-9][0-9A-Z](\\.?[0-9A-Z]{1,4})?$");

    /** The validated answer, or the list of problems (field names only, never patient text). */
    public sealed interface Result permits Valid, Invalid {
    }

    public record Valid(ValidatedAssessment assessment) implements Result {
    }

    public record Invalid(List<String> problems) implements Result {
    }

    public Result validate(ModelAssessment answer) {
        if (answer == null) {
            return new Invalid(List.of("answer: missing"));
        }
        List<String> problems = new ArrayList<>();
        TriageLevel level = null;
        if (answer.suggestedLevel() == null) {
            problems.add("suggestedLevel: missing");
        } else {
            level = TriageLevel.ofLevel(answer.suggestedLevel()).orElse(null);
            if (level == null) {
                problems.add("suggestedLevel: not 1..5");
            }
        }
        List<DifferentialView> differentials = differentials(answer.differentials(), problems);
        List<String> questions = questions(answer.followUpQuestions(), problems);
        String advice = answer.advice();
        if (advice == null || advice.isBlank()) {
            problems.add("advice: missing");
        } else if (advice.length() > MAX_ADVICE_LENGTH) {
            problems.add("advice: longer than " + MAX_ADVICE_LENGTH);
        }
        if (level == TriageLevel.SELF_CARE) {
            for (DifferentialView d : differentials) {
                if (d.cannotMiss() && d.likelihood() >= SELF_CARE_MAX_CANNOT_MISS_LIKELIHOOD) {
                    problems.add("suggestedLevel: self_care with a cannot-miss condition at likelihood "
                            + SELF_CARE_MAX_CANNOT_MISS_LIKELIHOOD + " or more (differentials rank " + d.rank() + ")");
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Invalid(List.copyOf(problems));
        }
        return new Valid(new ValidatedAssessment(differentials, level, questions, advice.strip()));
    }

    private static List<DifferentialView> differentials(List<ModelAssessment.Differential> given, List<String> problems) {
        if (given == null || given.isEmpty()) {
            problems.add("differentials: missing");
            return List.of();
        }
        if (given.size() > MAX_DIFFERENTIALS) {
            problems.add("differentials: more than " + MAX_DIFFERENTIALS);
            return List.of();
        }
        List<ModelAssessment.Differential> checked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            ModelAssessment.Differential d = given.get(i);
            String at = "differentials[" + i + "].";
            if (d == null) {
                problems.add(at + ": null");
                continue;
            }
            if (d.condition() == null || d.condition().isBlank()) {
                problems.add(at + "condition: missing");
            } else if (d.condition().length() > MAX_CONDITION_LENGTH) {
                problems.add(at + "condition: too long");
            }
            if (d.icd10() != null && !d.icd10().isBlank() && !ICD10.matcher(d.icd10().strip()).matches()) {
                problems.add(at + "icd10: not an ICD-10 code");
            }
            if (d.likelihood() == null || d.likelihood().isNaN() || d.likelihood() < 0 || d.likelihood() > 1) {
                problems.add(at + "likelihood: not in [0, 1]");
            }
            if (d.rationale() != null && d.rationale().length() > MAX_RATIONALE_LENGTH) {
                problems.add(at + "rationale: too long");
            }
            checked.add(d);
        }
        List<ModelAssessment.Differential> ranked = new ArrayList<>(checked);
        ranked.sort(Comparator.comparing((ModelAssessment.Differential d) -> d.likelihood() == null ? 0 : d.likelihood())
                .reversed());
        List<DifferentialView> views = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            ModelAssessment.Differential d = ranked.get(i);
            views.add(new DifferentialView(i + 1, d.condition() == null ? null : d.condition().strip(),
                    d.icd10() == null || d.icd10().isBlank() ? null : d.icd10().strip(),
                    d.likelihood() == null ? 0 : d.likelihood(),
                    d.rationale() == null ? "" : d.rationale().strip(),
                    Boolean.TRUE.equals(d.cannotMiss())));
        }
        return views;
    }

    private static List<String> questions(List<String> given, List<String> problems) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > MAX_QUESTIONS) {
            problems.add("followUpQuestions: more than " + MAX_QUESTIONS);
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String q = given.get(i);
            if (q == null || q.isBlank()) {
                problems.add("followUpQuestions[" + i + "]: blank");
            } else if (q.length() > MAX_QUESTION_LENGTH) {
                problems.add("followUpQuestions[" + i + "]: too long");
            } else {
                out.add(q.strip());
            }
        }
        return out;
    }
}
