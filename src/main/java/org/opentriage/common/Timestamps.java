package org.opentriage.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Times the service stores and shows, to the millisecond: what PostgreSQL returns equals what was answered. */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
