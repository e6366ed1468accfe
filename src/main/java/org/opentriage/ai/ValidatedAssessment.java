package org.opentriage.ai;

import java.util.List;
import org.opentriage.api.DifferentialView;
import org.opentriage.triage.TriageLevel;

/** A model answer that passed every check: differentials ranked, most likely first. */
public record ValidatedAssessment(List<DifferentialView> differentials, TriageLevel suggestedLevel,
                                  List<String> followUpQuestions, String advice) {
}
