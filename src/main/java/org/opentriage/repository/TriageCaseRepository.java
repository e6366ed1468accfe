package org.opentriage.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.opentriage.CaseStatus;
import org.opentriage.TriageCase;

@ApplicationScoped
public class TriageCaseRepository implements PanacheRepositoryBase<TriageCase, UUID> {

    public Uni<TriageCase> findByIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResult();
    }

    /**
     * The nurse queue: most urgent first, then longest waiting, by keyset (no OFFSET), served by
     * the partial index {@code triage_case_queue_idx} when the filter is open and in review.
     */
    public Uni<List<TriageCase>> queue(List<CaseStatus> statuses, QueueCursor after, int limit) {
        String order = " order by level, createdAt, id";
        if (after == null) {
            return find("status in ?1" + order, statuses).range(0, limit - 1).list();
        }
        return find("status in ?1 and (level, createdAt, id) > (?2, ?3, ?4)" + order,
                statuses, after.level(), after.createdAt(), after.id()).range(0, limit - 1).list();
    }
}
