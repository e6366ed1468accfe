package org.opentriage.patient;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Vital signs, each optional. The bounds reject values that cannot be a living patient's
 * reading (a typing error), not abnormal ones: abnormal readings are what the rules are for.
 */
public record Vitals(
        @Min(0) @Max(120) Integer respiratoryRate,
        @Min(0) @Max(100) Integer spo2,
        Boolean onSupplementalOxygen,
        Boolean hypercapnicRespiratoryFailure,
        @Min(20) @Max(320) Integer systolicBp,
        @Min(0) @Max(350) Integer heartRate,
        Consciousness consciousness,
        @DecimalMin("25.0") @DecimalMax("45.0") Double temperatureC) {

    public boolean onOxygen() {
        return Boolean.TRUE.equals(onSupplementalOxygen);
    }

    public boolean hypercapnic() {
        return Boolean.TRUE.equals(hypercapnicRespiratoryFailure);
    }
}
