package org.opentriage.model;

import java.util.List;
import org.opentriage.rules.TriageLevel;

/** A model answer that passed every check: differentials ranked, most likely first. */
public record ValidatedAssessment(List<DifferentialView> differentials, TriageLevel suggestedLevel,
                                  List<String> followUpQuestions, String advice) {
}
