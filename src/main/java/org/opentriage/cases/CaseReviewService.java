package org.opentriage.cases;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.opentriage.common.CaseNotFoundException;
import org.opentriage.common.InvalidTransitionException;
import org.opentriage.common.Timestamps;

/**
 * The nurse workflow, open → in_review → resolved. Every action, viewing included, writes an
 * audit entry in the same transaction as the change, and notifies every replica.
 */
@ApplicationScoped
public class CaseReviewService {

    private final TriageCaseRepository cases;
    private final CaseAuditRepository audit;
    private final CaseMapper mapper;
    private final CaseEvents events;

    public CaseReviewService(TriageCaseRepository cases, CaseAuditRepository audit, CaseMapper mapper, CaseEvents events) {
        this.cases = cases;
        this.audit = audit;
        this.mapper = mapper;
        this.events = events;
    }

    public Uni<CasePage> queue(List<CaseStatus> statuses, QueueCursor after, int limit) {
        return Panache.withSession(() -> cases.queue(statuses, after, limit + 1)).map(found -> {
            boolean more = found.size() > limit;
            List<TriageCase> page = more ? found.subList(0, limit) : found;
            String next = more ? QueueCursor.after(page.get(page.size() - 1)).encode() : null;
            return new CasePage(page.stream().map(mapper::toView).toList(), next);
        });
    }

    /** A nurse opens a case: audited, as HIPAA 164.312(b) asks. */
    public Uni<CaseView> view(UUID id, String actor) {
        return Panache.withTransaction(() -> find(id)
                .call(c -> audit.persist(CaseAudit.of(id, Timestamps.now(), actor, "viewed", null, null, null)))
                .map(mapper::toView));
    }

    public Uni<CaseView> claim(UUID id, String actor) {
        return change(id, c -> {
            if (c.status != CaseStatus.OPEN) {
                throw new InvalidTransitionException("Only an open case can be claimed; this one is " + status(c) + ".");
            }
            c.status = CaseStatus.IN_REVIEW;
            c.claimedBy = actor;
            return CaseAudit.of(c.id, c.updatedAt, actor, "claimed", c.level, c.level, null);
        });
    }

    public Uni<CaseView> override(UUID id, String actor, OverrideRequest request) {
        return change(id, c -> {
            if (c.status == CaseStatus.RESOLVED) {
                throw new InvalidTransitionException("A resolved case cannot be overridden.");
            }
            short before = c.level;
            c.level = request.level().shortValue();
            c.source = DecisionSource.NURSE;
            return CaseAudit.of(c.id, c.updatedAt, actor, "overridden", before, c.level, request.reason().strip());
        });
    }

    public Uni<CaseView> resolve(UUID id, String actor, ResolveRequest request) {
        return change(id, c -> {
            if (c.status != CaseStatus.IN_REVIEW) {
                throw new InvalidTransitionException("Only a case in review can be resolved; this one is " + status(c) + ".");
            }
            c.status = CaseStatus.RESOLVED;
            c.resolvedAt = c.updatedAt;
            c.disposition = request.disposition().strip();
            c.resolutionNote = request.note() == null ? null : request.note().strip();
            return CaseAudit.of(c.id, c.updatedAt, actor, "resolved", c.level, c.level,
                    c.disposition + (c.resolutionNote == null ? "" : ": " + c.resolutionNote));
        });
    }

    public Uni<List<AuditEntryView>> audit(UUID id) {
        return Panache.withSession(() -> find(id).chain(c -> audit.forCase(id)))
                .map(entries -> entries.stream().map(mapper::toView).toList());
    }

    /** Applies one change, its audit entry and its notification in one transaction. */
    private Uni<CaseView> change(UUID id, Function<TriageCase, CaseAudit> action) {
        return Panache.withTransaction(() -> find(id).chain(c -> {
            c.updatedAt = Timestamps.now();
            CaseAudit entry = action.apply(c);
            return audit.persist(entry).chain(cases::flush).chain(() -> events.changed(id)).replaceWith(c);
        })).map(mapper::toView);
    }

    private Uni<TriageCase> find(UUID id) {
        return cases.findById(id).map(c -> {
            if (c == null) {
                throw new CaseNotFoundException(id);
            }
            return c;
        });
    }

    private static String status(TriageCase c) {
        return c.status.name().toLowerCase();
    }
}
