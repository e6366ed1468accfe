package org.opentriage.triage;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.opentriage.cases.DecisionSource;
import org.opentriage.cases.TriageDecision;
import org.opentriage.model.ModelOutcome;
import org.opentriage.model.ValidatedAssessment;
import org.opentriage.patient.TriageRequest;
import org.opentriage.rules.SafetyFloor;
import org.opentriage.rules.TriageLevel;

/**
 * Applies the contract's safety invariants.
 * <ol>
 *   <li>The final level is the more urgent of the rules' floor and the model's suggestion: the
 *       model can escalate, never de-escalate. {@code source} is {@code rules} when a red flag set
 *       the level (or the model agreed with it), {@code model} when the model's level stands.</li>
 *   <li>Without a usable model answer, the level is at most {@code consultation_24} (more urgent
 *       if the rules say so) and {@code degraded} is set: never {@code self_care}.</li>
 *   <li>No self care on an unasked question: {@code self_care} needs a complete screen (every
 *       applicable discriminator answered, none positive) and the model's agreement; an
 *       incomplete screen gives {@code consultation} at the least urgent, set by the rules.</li>
 * </ol>
 * When the rules overrule the model, the model's advice is replaced by the service's own: advice
 * written for a less urgent level would tell the patient the wrong thing.
 */
@ApplicationScoped
public class DecisionMerger {

    /** The least urgent level a case may have without a usable model answer. */
    static final TriageLevel DEGRADED_CEILING = TriageLevel.CONSULTATION_24;

    private final PatientAdvice advice;

    public DecisionMerger(PatientAdvice advice) {
        this.advice = advice;
    }

    public TriageDecision merge(TriageRequest request, SafetyFloor floor, ModelOutcome outcome) {
        String language = request.languageOrDefault();
        boolean selfHarm = floor.selfHarm();
        if (outcome.assessment().isEmpty()) {
            TriageLevel level = floor.floor().mostUrgent(DEGRADED_CEILING);
            return new TriageDecision(level, DecisionSource.RULES, floor, outcome, List.of(), List.of(),
                    advice.forLevel(level, language, true, selfHarm));
        }
        ValidatedAssessment model = outcome.assessment().get();
        TriageLevel suggested = model.suggestedLevel();
        boolean modelDecides = suggested.moreUrgentThan(floor.floor())
                || (suggested == floor.floor() && floor.redFlags().isEmpty());
        TriageLevel level = suggested.mostUrgent(floor.floor());
        TriageLevel allowed = floor.leastUrgentAllowed();
        if (allowed.moreUrgentThan(level)) {
            // self care on an incomplete screen: the screen's ceiling, the model's only if it said as much
            modelDecides = modelDecides && suggested == allowed;
            level = allowed;
        }
        String text = suggested == level
                ? advice.withContacts(model.advice(), level, language, selfHarm)
                : advice.forLevel(level, language, false, selfHarm);
        return new TriageDecision(level, modelDecides ? DecisionSource.MODEL : DecisionSource.RULES, floor, outcome,
                model.differentials(), model.followUpQuestions(), text);
    }
}
