package org.opentriage.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An intake session as clients see it. {@code status}: active, interrupted, finished. */
public record IntakeView(UUID id, String status, Instant createdAt, Instant expiresAt, List<TurnView> transcript, UUID caseId) {

    public record TurnView(String role, String text) {
    }
}
