package org.opentriage.patient;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum Sex {
    @JsonProperty("female") FEMALE,
    @JsonProperty("male") MALE,
    @JsonProperty("other") OTHER,
    @JsonProperty("unknown") UNKNOWN
}
