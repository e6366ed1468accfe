package org.opentriage.cases;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class TriageCaseRepository implements PanacheRepositoryBase<TriageCase, UUID> {

    public Uni<TriageCase> findByIdempotencyKey(String clientId, String key) {
        return find("clientId = ?1 and idempotencyKey = ?2", clientId, key).firstResult();
    }

    /**
     * The nurse queue: most urgent first, then longest waiting, by keyset (no OFFSET), served by
     * the partial index {@code triage_case_queue_idx} when the filter is open and in review.
     */
    public Uni<List<TriageCase>> queue(List<CaseStatus> statuses, QueueCursor after, int limit) {
        // The default filter is written as literals, so that PostgreSQL can prove the partial
        // index's predicate even with a generic plan for the prepared statement.
        boolean unresolved = statuses.size() == 2 && statuses.containsAll(UNRESOLVED);
        String filter = unresolved ? "status in (" + LITERAL_OPEN + ", " + LITERAL_IN_REVIEW + ")" : "status in :statuses";
        String order = " order by level, createdAt, id";
        Map<String, Object> params = new HashMap<>();
        if (!unresolved) {
            params.put("statuses", statuses);
        }
        String query = filter;
        if (after != null) {
            query += " and (level, createdAt, id) > (:level, :createdAt, :id)";
            params.put("level", after.level());
            params.put("createdAt", after.createdAt());
            params.put("id", after.id());
        }
        return find(query + order, params).range(0, limit - 1).list();
    }

    static final List<CaseStatus> UNRESOLVED = List.of(CaseStatus.OPEN, CaseStatus.IN_REVIEW);
    private static final String LITERAL_OPEN = CaseStatus.class.getName() + "." + CaseStatus.OPEN.name();
    private static final String LITERAL_IN_REVIEW = CaseStatus.class.getName() + "." + CaseStatus.IN_REVIEW.name();
}
