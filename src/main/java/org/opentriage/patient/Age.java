package org.opentriage.patient;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** A patient's age as the app knows it: infants are often given in weeks or days. */
public record Age(
        @NotNull @DecimalMin(value = "0", message = "must not be negative") Double value,
        @NotNull AgeUnit unit) {

    /** Oldest age accepted; beyond it the value is a data-entry error. */
    static final double MAX_YEARS = 130;

    @JsonIgnore
    public double inDays() {
        return unit.toDays(value);
    }

    @JsonIgnore
    public double inYears() {
        return inDays() / 365.25;
    }

    @JsonIgnore
    @AssertTrue(message = "must be at most 130 years")
    public boolean isPlausible() {
        return value == null || unit == null || inYears() <= MAX_YEARS;
    }
}
