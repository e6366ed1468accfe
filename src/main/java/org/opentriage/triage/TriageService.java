package org.opentriage.triage;

import org.opentriage.cases.CaseEvents;
import org.opentriage.common.CaseNotFoundException;
import org.opentriage.common.IdempotencyConflictException;
import org.opentriage.common.Timestamps;
import org.opentriage.common.UniqueViolations;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.opentriage.cases.CaseAudit;
import org.opentriage.cases.CaseStatus;
import org.opentriage.cases.StoredAssessment;
import org.opentriage.cases.TriageCase;
import org.opentriage.model.ModelAdvisor;
import org.opentriage.model.ModelOutcome;
import org.opentriage.cases.CaseView;
import org.opentriage.patient.TriageRequest;
import org.opentriage.cases.CaseMapper;
import org.opentriage.cases.CaseAuditRepository;
import org.opentriage.cases.TriageCaseRepository;
import org.opentriage.security.Caller;
import org.opentriage.rules.SafetyFloor;
import org.opentriage.rules.SafetyFloorEngine;

/**
 * The triage pipeline: rules floor → model → merge → store. The model is called outside any
 * database session; the case is persisted once, in one transaction, when the answer is known.
 */
@ApplicationScoped
public class TriageService {

    /** A case, and whether this request created it (false: an idempotent repeat). */
    public record Result(CaseView view, boolean created) {
    }

    private final SafetyFloorEngine rules;
    private final ModelAdvisor model;
    private final DecisionMerger merger;
    private final TriageCaseRepository repository;
    private final CaseMapper mapper;
    private final RequestFingerprint fingerprint;
    private final MeterRegistry registry;
    private final CaseAuditRepository audit;
    private final CaseEvents events;

    public TriageService(SafetyFloorEngine rules, ModelAdvisor model, DecisionMerger merger,
                         TriageCaseRepository repository, CaseMapper mapper, RequestFingerprint fingerprint,
                         MeterRegistry registry, CaseAuditRepository audit, CaseEvents events) {
        this.rules = rules;
        this.model = model;
        this.merger = merger;
        this.repository = repository;
        this.mapper = mapper;
        this.fingerprint = fingerprint;
        this.registry = registry;
        this.audit = audit;
        this.events = events;
    }

    /** Triages for a client; an Idempotency-Key is the client's own: two apps may use the same key. */
    public Uni<Result> triage(TriageRequest request, String idempotencyKey, Caller caller) {
        String hash = fingerprint.of(request);
        if (idempotencyKey == null) {
            return assessAndStore(request, null, hash, caller);
        }
        return findByKey(caller, idempotencyKey).chain(existing -> existing != null
                ? Uni.createFrom().item(repeat(existing, hash))
                : assessAndStore(request, idempotencyKey, hash, caller));
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

    private Uni<Result> assessAndStore(TriageRequest request, String key, String hash, Caller caller) {
        SafetyFloor floor = rules.evaluate(request);
        return model.advise(request, floor)
                .map(outcome -> merger.merge(request, floor, outcome))
                .chain(decision -> store(UUID.randomUUID(), request, key, hash, decision, caller))
                .onFailure(UniqueViolations::isIdempotencyKeyViolation)
                .recoverWithUni(() -> findByKey(caller, key).map(first -> repeat(first, hash)));
    }

    /** Stores a decided case, its "created" audit entry and its notification, in one transaction. */
    public Uni<Result> store(UUID id, TriageRequest request, String key, String hash, TriageDecision decision, Caller caller) {
        TriageCase c = toEntity(id, request, key, hash, decision);
        c.clientId = caller.clientId();
        CaseAudit created = CaseAudit.of(c.id, c.createdAt, caller.clientActor(), "created", null, c.level,
                "triage " + c.source.name().toLowerCase() + (c.modelDegraded ? ", model degraded" : ""));
        return Panache.withTransaction(() -> repository.persist(c)
                .call(saved -> audit.persist(created))
                .call(saved -> events.changed(saved.id))).map(saved -> {
            registry.counter("triage.cases.created", "level", String.valueOf(saved.level),
                    "source", saved.source.name().toLowerCase(), "degraded", String.valueOf(saved.modelDegraded)).increment();
            return new Result(mapper.toView(saved), true);
        });
    }

    private Uni<TriageCase> findByKey(Caller caller, String key) {
        return Panache.withSession(() -> repository.findByIdempotencyKey(caller.clientId(), key));
    }

    private Result repeat(TriageCase existing, String hash) {
        if (!existing.requestHash.equals(hash)) {
            throw new IdempotencyConflictException();
        }
        return new Result(mapper.toView(existing), false);
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
