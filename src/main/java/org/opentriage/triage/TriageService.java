package org.opentriage.triage;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.opentriage.cases.CaseStore;
import org.opentriage.cases.CaseView;
import org.opentriage.common.IdempotencyConflictException;
import org.opentriage.common.UniqueViolations;
import org.opentriage.model.ModelAdvisor;
import org.opentriage.patient.ScreeningAnswer;
import org.opentriage.patient.TriageRequest;
import org.opentriage.rules.SafetyFloor;
import org.opentriage.rules.SafetyFloorEngine;
import org.opentriage.security.Caller;

/**
 * The triage pipeline: rules floor → model → merge → store. The model is called outside any
 * database session; the case is stored once, in one transaction, when the answer is known.
 */
@ApplicationScoped
public class TriageService {

    /** A case, and whether this request created it (false: an idempotent repeat). */
    public record Result(CaseView view, boolean created) {
    }

    private final SafetyFloorEngine rules;
    private final ModelAdvisor model;
    private final DecisionMerger merger;
    private final CaseStore cases;
    private final RequestFingerprint fingerprint;

    public TriageService(SafetyFloorEngine rules, ModelAdvisor model, DecisionMerger merger, CaseStore cases,
                         RequestFingerprint fingerprint) {
        this.rules = rules;
        this.model = model;
        this.merger = merger;
        this.cases = cases;
        this.fingerprint = fingerprint;
    }

    /** Triages for a client; an Idempotency-Key is the client's own: two apps may use the same key. */
    public Uni<Result> triage(TriageRequest request, String idempotencyKey, Caller caller) {
        String hash = fingerprint.of(request);
        if (idempotencyKey == null) {
            return assessAndStore(request, null, hash, caller);
        }
        return cases.findByKey(caller, idempotencyKey).chain(existing -> existing != null
                ? Uni.createFrom().item(repeat(existing, hash))
                : assessAndStore(request, idempotencyKey, hash, caller));
    }

    /** A case, if this caller may read it: another client's case is "not found", so nothing leaks. */
    public Uni<CaseView> get(UUID id, Caller caller) {
        return cases.get(id, caller);
    }

    /**
     * Adds screening answers to a case and re-judges it with the rules (the model is not asked
     * again): the level changes where the answers say so, audited and pushed to the dashboards.
     */
    public Uni<CaseView> addAnswers(UUID id, List<ScreeningAnswer> answers, Caller caller) {
        return cases.addAnswers(id, caller, answers, (request, outcome) -> merger.merge(request, rules.evaluate(request), outcome));
    }

    private Uni<Result> assessAndStore(TriageRequest request, String key, String hash, Caller caller) {
        SafetyFloor floor = rules.evaluate(request);
        return model.advise(request, floor)
                .map(outcome -> merger.merge(request, floor, outcome))
                .chain(decision -> cases.create(UUID.randomUUID(), request, key, hash, decision, caller))
                .map(view -> new Result(view, true))
                .onFailure(UniqueViolations::isIdempotencyKeyViolation)
                .recoverWithUni(() -> cases.findByKey(caller, key).map(first -> repeat(first, hash)));
    }

    private static Result repeat(CaseStore.Stored existing, String hash) {
        if (!existing.requestHash().equals(hash)) {
            throw new IdempotencyConflictException();
        }
        return new Result(existing.view(), false);
    }
}
