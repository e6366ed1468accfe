package org.opentriage.patient;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Unit of {@link Age#value()}. */
public enum AgeUnit {
    @JsonProperty("years") YEARS(365.25),
    @JsonProperty("months") MONTHS(30.4375),
    @JsonProperty("weeks") WEEKS(7),
    @JsonProperty("days") DAYS(1);

    private final double days;

    AgeUnit(double days) {
        this.days = days;
    }

    public double toDays(double value) {
        return value * days;
    }
}
