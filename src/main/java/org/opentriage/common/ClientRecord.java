package org.opentriage.common;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * The columns every record a client app creates carries (a triage case, an intake session): its
 * id, when it was created and last changed, the patient's language, the client that owns it (only
 * that client may read it back) and the optimistic-lock version.
 */
@MappedSuperclass
public abstract class ClientRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(nullable = false, length = 35)
    public String language;

    /** The client (telehealth app) that created the record; only it may read it back. */
    @Column(name = "client_id", nullable = false, length = 200)
    public String clientId;

    @Version
    public int version;
}
