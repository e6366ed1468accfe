package org.opentriage.privacy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of the erasure log: a tombstone of an erased case or intake session, or an erasure
 * request. No health data, and the patient only as a SHA-256 of the app's reference.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErasureEntryView(Instant at, String actor, String reason, String subject, UUID subjectId,
                               Instant subjectCreatedAt, Integer finalLevel, Integer auditEntries,
                               String externalRefSha256, String reference, Integer cases, Integer intakeSessions) {
}
