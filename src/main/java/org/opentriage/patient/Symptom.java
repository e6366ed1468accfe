package org.opentriage.patient;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One symptom the app collected; {@code severity} is the patient's own 0–10 rating. */
public record Symptom(
        @NotBlank @Size(max = 200) String name,
        @Min(0) @Max(10) Integer severity,
        @DecimalMin(value = "0", message = "must not be negative") Double onsetHoursAgo) {
}
