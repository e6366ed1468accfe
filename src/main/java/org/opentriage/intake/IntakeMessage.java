package org.opentriage.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.opentriage.common.VisibleText;

/** {@code POST /api/v1/intake/{id}/messages}: the patient's next message. */
public record IntakeMessage(@NotBlank @VisibleText @Size(max = 4000) String text) {
}
