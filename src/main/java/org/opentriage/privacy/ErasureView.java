package org.opentriage.privacy;

import java.time.Instant;

/** What an erasure removed. */
public record ErasureView(Instant erasedAt, int cases, int intakeSessions) {
}
