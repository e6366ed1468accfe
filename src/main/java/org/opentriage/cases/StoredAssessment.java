package org.opentriage.cases;

import java.util.List;
import org.opentriage.model.DifferentialView;

/** The assessment part of a case, stored as one JSON document as it was answered. */
public record StoredAssessment(List<RedFlagView> redFlags, News2View news2, List<DifferentialView> differentials,
                               List<String> followUpQuestions, String advice) {
}
