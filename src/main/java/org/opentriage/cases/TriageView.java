package org.opentriage.cases;



/** {@code triage} of a case: the final level, its code, and who set it. */
public record TriageView(int level, String code, DecisionSource source) {
}
