package org.opentriage.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.opentriage.common.ClientRecord;
import org.opentriage.patient.TriageRequest;

/**
 * One triage case. The columns the nurse queue filters and sorts on are plain columns; what is
 * only ever shown (the intake and the assessment) is stored as JSON documents.
 */
@Entity
@Table(name = "triage_case")
public class TriageCase extends ClientRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public CaseStatus status;

    /** Final triage level, 1 (most urgent) to 5. */
    @Column(nullable = false)
    public short level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public DecisionSource source;

    /** The level the deterministic rules required. */
    @Column(name = "floor_level", nullable = false)
    public short floorLevel;

    @Column(name = "idempotency_key", length = 200)
    public String idempotencyKey;

    /** SHA-256 of the request body, to tell a true repeat from a reused key. */
    @Column(name = "request_hash", nullable = false, length = 64)
    public String requestHash;

    @Column(name = "external_ref", length = 200)
    public String externalRef;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public TriageRequest intake;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public StoredAssessment assessment;

    @Column(name = "model_name", nullable = false, length = 200)
    public String modelName;

    @Column(name = "prompt_version", nullable = false, length = 50)
    public String promptVersion;

    @Column(name = "model_degraded", nullable = false)
    public boolean modelDegraded;

    @Column(name = "model_degraded_reason", length = 50)
    public String modelDegradedReason;

    /** The version of the clinical knowledge base that judged the case (null before it existed). */
    @Column(name = "rules_version", length = 50)
    public String rulesVersion;

    @Column(name = "model_latency_ms")
    public Long modelLatencyMs;

    /** The nurse who claimed the case. */
    @Column(name = "claimed_by", length = 200)
    public String claimedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(length = 500)
    public String disposition;

    @Column(name = "resolution_note")
    public String resolutionNote;
}
