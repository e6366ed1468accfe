package org.opentriage.cases;

import java.util.List;
import org.opentriage.model.DifferentialView;

/**
 * The assessment part of a case, stored as one JSON document as it was answered. {@code screening}
 * {@code modelLevel} and {@code modelAdvice} (what the model suggested; null when degraded), kept to
 * re-judge a case when answers arrive later, are absent from cases stored before the screen.
 */
public record StoredAssessment(List<RedFlagView> redFlags, News2View news2, List<DifferentialView> differentials,
                               List<String> followUpQuestions, String advice, ScreeningView screening,
                               Integer modelLevel, String modelAdvice) {
}
