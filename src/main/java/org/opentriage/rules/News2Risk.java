package org.opentriage.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/** NEWS2 clinical risk bands (RCP 2017, Chart 2). */
public enum News2Risk {
    @JsonProperty("low") LOW("low"),
    @JsonProperty("low_medium") LOW_MEDIUM("low_medium"),
    @JsonProperty("medium") MEDIUM("medium"),
    @JsonProperty("high") HIGH("high");

    private final String code;

    News2Risk(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
