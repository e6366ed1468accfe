package org.opentriage.patient;

import com.fasterxml.jackson.annotation.JsonProperty;

/** ACVPU, as NEWS2 (RCP 2017) uses it: anything but {@code alert} scores 3. */
public enum Consciousness {
    @JsonProperty("alert") ALERT,
    @JsonProperty("new_confusion") NEW_CONFUSION,
    @JsonProperty("voice") VOICE,
    @JsonProperty("pain") PAIN,
    @JsonProperty("unresponsive") UNRESPONSIVE
}
