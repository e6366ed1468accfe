package org.opentriage.cases;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.opentriage.common.CaseNotFoundException;
import org.opentriage.common.Timestamps;
import org.opentriage.model.ModelOutcome;
import org.opentriage.patient.TriageRequest;
import org.opentriage.security.Caller;

/**
 * Where a decided case enters the nurse queue: stored with its "created" audit entry and its
 * notification in one transaction; and read back by the client that created it.
 */
@ApplicationScoped
public class CaseStore {

    /** A stored case as its creator sees it, with the fingerprint of the request that created it. */
    public record Stored(CaseView view, String requestHash) {
    }

    private final TriageCaseRepository repository;
    private final CaseAuditRepository audit;
    private final CaseEvents events;
    private final CaseMapper mapper;
    private final MeterRegistry registry;

    public CaseStore(TriageCaseRepository repository, CaseAuditRepository audit, CaseEvents events, CaseMapper mapper,
                     MeterRegistry registry) {
        this.repository = repository;
        this.audit = audit;
        this.events = events;
        this.mapper = mapper;
        this.registry = registry;
    }

    /** Stores a decided case, its "created" audit entry and its notification, in one transaction. */
    public Uni<CaseView> create(UUID id, TriageRequest request, String key, String hash, TriageDecision decision, Caller caller) {
        TriageCase c = toEntity(id, request, key, hash, decision);
        c.clientId = caller.clientId();
        CaseAudit created = CaseAudit.of(c.id, c.createdAt, caller.clientActor(), "created", null, c.level,
                "triage " + c.source.name().toLowerCase() + (c.modelDegraded ? ", model degraded" : ""));
        return Panache.withTransaction(() -> repository.persist(c)
                .call(saved -> audit.persist(created))
                .call(saved -> events.changed(saved.id))).map(saved -> {
            registry.counter("triage.cases.created", "level", String.valueOf(saved.level),
                    "source", saved.source.name().toLowerCase(), "degraded", String.valueOf(saved.modelDegraded)).increment();
            return mapper.toView(saved);
        });
    }

    /** The case this client created with this Idempotency-Key, or null. */
    public Uni<Stored> findByKey(Caller caller, String key) {
        return Panache.withSession(() -> repository.findByIdempotencyKey(caller.clientId(), key))
                .map(found -> found == null ? null : new Stored(mapper.toView(found), found.requestHash));
    }

    /** A case, if this caller may read it: another client's case is "not found", so nothing leaks. */
    public Uni<CaseView> get(UUID id, Caller caller) {
        return Panache.withSession(() -> repository.findById(id)).map(found -> {
            if (found == null || !caller.mayRead(found.clientId)) {
                throw new CaseNotFoundException(id);
            }
            return mapper.toView(found);
        });
    }

    private static TriageCase toEntity(UUID id, TriageRequest request, String key, String hash, TriageDecision d) {
        Instant now = Timestamps.now();
        ModelOutcome m = d.model();
        TriageCase c = new TriageCase();
        c.id = id;
        c.createdAt = now;
        c.updatedAt = now;
        c.status = CaseStatus.OPEN;
        c.level = (short) d.level().level();
        c.source = d.source();
        c.floorLevel = (short) d.floor().floor().level();
        c.idempotencyKey = key;
        c.requestHash = hash;
        c.externalRef = request.patient().externalRef();
        c.language = request.languageOrDefault();
        c.intake = request;
        c.assessment = new StoredAssessment(CaseMapper.toViews(d.floor().redFlags(), c.language),
                d.floor().news2().map(CaseMapper::toView).orElse(null),
                d.differentials(), d.followUpQuestions(), d.advice());
        c.modelName = m.modelName();
        c.promptVersion = m.promptVersion();
        c.modelDegraded = m.degraded();
        c.modelDegradedReason = m.degradedReason();
        c.modelLatencyMs = m.latencyMs();
        return c;
    }
}
