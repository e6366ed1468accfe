package org.opentriage.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Times the service stores and shows, to the millisecond: what PostgreSQL returns equals what was answered. */
final class Timestamps {

    private Timestamps() {
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
