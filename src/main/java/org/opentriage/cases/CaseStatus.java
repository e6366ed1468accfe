package org.opentriage.cases;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a case is in the nurse workflow: open → in_review → resolved. */
public enum CaseStatus {
    @JsonProperty("open") OPEN,
    @JsonProperty("in_review") IN_REVIEW,
    @JsonProperty("resolved") RESOLVED
}
