package org.opentriage.cases;

import java.util.List;
import org.opentriage.model.DifferentialView;
import org.opentriage.model.ModelOutcome;
import org.opentriage.rules.SafetyFloor;
import org.opentriage.rules.TriageLevel;

/** The answer for one request: rules and model merged, ready to store. */
public record TriageDecision(TriageLevel level, DecisionSource source, SafetyFloor floor, ModelOutcome model,
                             List<DifferentialView> differentials, List<String> followUpQuestions, String advice) {
}
