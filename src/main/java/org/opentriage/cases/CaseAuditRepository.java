package org.opentriage.cases;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CaseAuditRepository implements PanacheRepository<CaseAudit> {

    public Uni<List<CaseAudit>> forCase(UUID caseId) {
        return list("caseId = ?1 order by id", caseId);
    }
}
