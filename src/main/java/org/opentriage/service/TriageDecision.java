package org.opentriage.service;

import java.util.List;
import org.opentriage.DecisionSource;
import org.opentriage.ai.ModelOutcome;
import org.opentriage.api.DifferentialView;
import org.opentriage.triage.SafetyFloor;
import org.opentriage.triage.TriageLevel;

/** The answer for one request: rules and model merged, ready to store. */
public record TriageDecision(TriageLevel level, DecisionSource source, SafetyFloor floor, ModelOutcome model,
                             List<DifferentialView> differentials, List<String> followUpQuestions, String advice) {
}
