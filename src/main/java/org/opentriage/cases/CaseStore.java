package org.opentriage.cases;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.opentriage.common.CaseNotFoundException;
import org.opentriage.common.InvalidTransitionException;
import org.opentriage.common.Timestamps;
import org.opentriage.model.DifferentialView;
import org.opentriage.model.ModelOutcome;
import org.opentriage.model.ValidatedAssessment;
import org.opentriage.patient.ScreeningAnswer;
import org.opentriage.patient.TriageRequest;
import org.opentriage.rules.SafetyFloor;
import org.opentriage.rules.TriageLevel;
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

    /**
     * Re-judges a case with more screening answers, in one transaction with its audit entry and
     * its notification: {@code judge} decides again from the stored request (with the answers
     * added) and what the model said then; the model is not asked again. A level a nurse set
     * stands, unless the answers make the case more urgent. A resolved case takes no answers (409).
     */
    public Uni<CaseView> addAnswers(UUID id, Caller caller, List<ScreeningAnswer> answers,
                                    BiFunction<TriageRequest, ModelOutcome, TriageDecision> judge) {
        return Panache.withTransaction(() -> repository.findById(id).chain(c -> {
            if (c == null || !caller.mayRead(c.clientId)) {
                throw new CaseNotFoundException(id);
            }
            if (c.status == CaseStatus.RESOLVED) {
                throw new InvalidTransitionException("A resolved case takes no more answers.");
            }
            TriageRequest request = c.intake.withAnswers(answers);
            TriageDecision d = judge.apply(request, storedOutcome(c));
            short before = c.level;
            TriageLevel level = d.level();
            DecisionSource source = d.source();
            String advice = d.advice();
            if (c.source == DecisionSource.NURSE && !level.moreUrgentThan(TriageLevel.fromLevel(c.level))) {
                level = TriageLevel.fromLevel(c.level);
                source = DecisionSource.NURSE;
                advice = c.assessment.advice();
            }
            StoredAssessment a = c.assessment;
            c.intake = request;
            c.level = (short) level.level();
            c.source = source;
            c.floorLevel = (short) d.floor().floor().level();
            c.rulesVersion = d.floor().rulesVersion();
            c.updatedAt = Timestamps.now();
            c.assessment = assessment(d.floor(), c.language, a.differentials(), a.followUpQuestions(), advice,
                    a.modelLevel(), a.modelAdvice());
            CaseAudit entry = CaseAudit.of(c.id, c.updatedAt, caller.clientActor(), "answered", before, c.level,
                    answers.size() + " screening answer(s); screen " + (d.floor().screenComplete() ? "complete" : "incomplete"));
            return audit.persist(entry).chain(repository::flush).chain(() -> events.changed(id)).replaceWith(c);
        })).map(mapper::toView);
    }

    /** What the model said when the case was stored, as the merger reads it. */
    private static ModelOutcome storedOutcome(TriageCase c) {
        long latency = c.modelLatencyMs == null ? 0 : c.modelLatencyMs;
        if (c.modelDegraded) {
            return new ModelOutcome(c.modelName, c.promptVersion, latency, Optional.empty(), c.modelDegradedReason);
        }
        StoredAssessment a = c.assessment;
        TriageLevel suggested = TriageLevel.fromLevel(a.modelLevel() == null ? c.level : a.modelLevel());
        String advice = a.modelAdvice() == null ? a.advice() : a.modelAdvice();
        return new ModelOutcome(c.modelName, c.promptVersion, latency,
                Optional.of(new ValidatedAssessment(a.differentials(), suggested, a.followUpQuestions(), advice)), null);
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
        c.assessment = assessment(d.floor(), c.language, d.differentials(), d.followUpQuestions(), d.advice(),
                m.assessment().map(a -> a.suggestedLevel().level()).orElse(null),
                m.assessment().map(ValidatedAssessment::advice).orElse(null));
        c.rulesVersion = d.floor().rulesVersion();
        c.modelName = m.modelName();
        c.promptVersion = m.promptVersion();
        c.modelDegraded = m.degraded();
        c.modelDegradedReason = m.degradedReason();
        c.modelLatencyMs = m.latencyMs();
        return c;
    }

    /** What a case stores of its judgement: the rules' findings in the case's language, and what the model said. */
    private static StoredAssessment assessment(SafetyFloor floor, String language, List<DifferentialView> differentials,
                                               List<String> followUpQuestions, String advice, Integer modelLevel,
                                               String modelAdvice) {
        return new StoredAssessment(CaseMapper.toViews(floor.redFlags(), language),
                floor.news2().map(CaseMapper::toView).orElse(null), differentials, followUpQuestions, advice,
                floor.screening() == null ? null : ScreeningView.of(floor.screening()), modelLevel, modelAdvice);
    }
}
