package org.opentriage.cases;

import java.time.Instant;

/** The nurse review of a case: who claimed it, and how it was resolved. */
public record ReviewView(String claimedBy, Instant resolvedAt, String disposition, String note) {
}
