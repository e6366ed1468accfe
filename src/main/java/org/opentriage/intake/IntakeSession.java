package org.opentriage.intake;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.opentriage.patient.Patient;
import org.opentriage.patient.Vitals;

/** A conversational intake: the patient's basics and the conversation so far. */
@Entity
@Table(name = "intake_session")
public class IntakeSession extends PanacheEntityBase {

    public enum Status { ACTIVE, INTERRUPTED, FINISHED }

    @Id
    public UUID id;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status;

    @Column(nullable = false, length = 35)
    public String language;

    /** The client (telehealth app) that started the session; only it may continue or read it. */
    @Column(name = "client_id", nullable = false, length = 200)
    public String clientId;

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

    @Version
    public int version;
}
