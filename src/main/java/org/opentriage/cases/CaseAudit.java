package org.opentriage.cases;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of a case's audit trail. Inserted, never changed: the table refuses updates and deletes. */
@Entity
@Table(name = "case_audit")
public class CaseAudit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 200)
    public String actor;

    @Column(nullable = false, length = 32)
    public String action;

    @Column(name = "level_before")
    public Short levelBefore;

    @Column(name = "level_after")
    public Short levelAfter;

    public String reason;

    public static CaseAudit of(UUID caseId, Instant at, String actor, String action, Short before, Short after, String reason) {
        CaseAudit a = new CaseAudit();
        a.caseId = caseId;
        a.at = at;
        a.actor = actor;
        a.action = action;
        a.levelBefore = before;
        a.levelAfter = after;
        a.reason = reason;
        return a;
    }
}
