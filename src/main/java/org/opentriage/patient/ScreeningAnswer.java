package org.opentriage.patient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A patient's answer to one screening question: {@code true}/{@code false} for a yes/no, a number
 * (in the question's unit) or a 0-10 score, or {@code "unknown"} for what the patient cannot tell.
 * The type is checked against the question in the knowledge base.
 */
public record ScreeningAnswer(@NotBlank @Size(max = 100) String id, @NotNull Object value) {

    public static final String UNKNOWN = "unknown";

    public boolean unknown() {
        return UNKNOWN.equals(value);
    }
}
