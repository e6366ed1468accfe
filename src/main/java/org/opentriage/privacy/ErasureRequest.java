package org.opentriage.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A patient's erasure request: the app's reference for the patient, and the request's own reference (a ticket). */
public record ErasureRequest(@NotBlank @Size(max = 200) String externalRef, @Size(max = 200) String reference) {
}
