package org.opentriage.model;

import java.util.Optional;

/**
 * The result of asking the model: a validated assessment, or the reason there is none
 * ({@code unreachable}, {@code timeout}, {@code http_error}, {@code invalid_output}, {@code model_error}).
 */
public record ModelOutcome(String modelName, String promptVersion, long latencyMs,
                           Optional<ValidatedAssessment> assessment, String degradedReason) {

    public static ModelOutcome usable(String model, long latencyMs, ValidatedAssessment a) {
        return new ModelOutcome(model, TriagePrompt.VERSION, latencyMs, Optional.of(a), null);
    }

    public static ModelOutcome degraded(String model, long latencyMs, String reason) {
        return new ModelOutcome(model, TriagePrompt.VERSION, latencyMs, Optional.empty(), reason);
    }

    public boolean degraded() {
        return assessment.isEmpty();
    }
}
