package org.opentriage.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.opentriage.common.ClientRecord;
import org.opentriage.patient.Patient;
import org.opentriage.patient.Vitals;

/** A conversational intake: the patient's basics and the conversation so far. */
@Entity
@Table(name = "intake_session")
public class IntakeSession extends ClientRecord {

    public enum Status { ACTIVE, INTERRUPTED, FINISHED }

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Patient patient;

    @JdbcTypeCode(SqlTypes.JSON)
    public Vitals vitals;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Transcript transcript;

    @Column(name = "case_id")
    public UUID caseId;
}
