package org.opentriage.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** One audit entry: {@code details} holds the level before and after and the reason, where they apply. */
public record AuditEntryView(Instant at, String actor, String action, Details details) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Details(Integer levelBefore, Integer levelAfter, String reason) {
    }
}
