package org.opentriage.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/intake/{id}/messages}: the patient's next message. */
public record IntakeMessage(@NotBlank @Size(max = 4000) String text) {
}
