package org.opentriage.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.opentriage.common.VisibleText;
import org.opentriage.patient.Patient;
import org.opentriage.patient.TriageRequest;
import org.opentriage.patient.Vitals;

/** {@code POST /api/v1/intake}: the patient's basics and their first message. */
public record IntakeStartRequest(
        @NotNull @Valid Patient patient,
        @NotBlank @VisibleText @Size(max = 4000) String message,
        @Valid Vitals vitals,
        @Pattern(regexp = TriageRequest.LANGUAGE_TAG, message = "must be a BCP-47 language tag") String language) {
}
