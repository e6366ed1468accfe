package org.opentriage.cases;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who set a case's final triage level. */
public enum DecisionSource {
    @JsonProperty("rules") RULES,
    @JsonProperty("model") MODEL,
    @JsonProperty("nurse") NURSE
}
