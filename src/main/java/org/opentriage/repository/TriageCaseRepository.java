package org.opentriage.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.opentriage.TriageCase;

@ApplicationScoped
public class TriageCaseRepository implements PanacheRepositoryBase<TriageCase, UUID> {

    public Uni<TriageCase> findByIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResult();
    }
}
