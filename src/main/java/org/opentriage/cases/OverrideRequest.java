package org.opentriage.cases;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/cases/{id}/override}: a nurse sets any level, and says why. */
public record OverrideRequest(@NotNull @Min(1) @Max(5) Integer level, @NotBlank @Size(max = 1000) String reason) {
}
