package org.opentriage.triage;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.opentriage.cases.CaseMapper;
import org.opentriage.cases.CaseStore;
import org.opentriage.cases.TriageDecision;
import org.opentriage.common.Problem;
import org.opentriage.common.StreamEvent;
import org.opentriage.common.VertxContexts;
import org.opentriage.model.ModelAdvisor;
import org.opentriage.model.ModelOutcome;
import org.opentriage.model.ModelText;
import org.opentriage.model.StreamingAdvisor;
import org.opentriage.patient.TriageRequest;
import org.opentriage.rules.SafetyFloor;
import org.opentriage.rules.SafetyFloorEngine;
import org.opentriage.security.Caller;

/**
 * The streamed triage: {@code accepted} (the rules floor) at once, the model's tokens as they
 * come, then {@code result}: the case, stored exactly as {@code POST /api/v1/triage} stores it.
 * A model that fails mid-stream ends in a degraded result; a client that leaves cancels the
 * model call and the case is still stored, degraded, with what is known.
 */
@ApplicationScoped
public class StreamingTriageService {

    private static final Logger LOG = Logger.getLogger(StreamingTriageService.class);

    private final SafetyFloorEngine rules;
    private final StreamingAdvisor streaming;
    private final ModelAdvisor advisor;
    private final DecisionMerger merger;
    private final CaseStore cases;
    private final RequestFingerprint fingerprint;

    public StreamingTriageService(SafetyFloorEngine rules, StreamingAdvisor streaming, ModelAdvisor advisor,
                                  DecisionMerger merger, CaseStore cases, RequestFingerprint fingerprint) {
        this.rules = rules;
        this.streaming = streaming;
        this.advisor = advisor;
        this.merger = merger;
        this.cases = cases;
        this.fingerprint = fingerprint;
    }

    public Multi<StreamEvent> stream(TriageRequest request, Caller caller) {
        SafetyFloor floor = rules.evaluate(request);
        long start = System.nanoTime();
        // The model call leaves now, before anything else is prepared or written to the client:
        // the prompt carries the rules' findings, and nothing else the model needs is still to come.
        Multi<String> model = streaming.start(request, floor);

        UUID id = UUID.randomUUID();
        Executor onContext = VertxContexts.current();
        ModelText answer = new ModelText();
        AtomicBoolean finished = new AtomicBoolean();
        StreamEvent accepted = new TriageEvents.Accepted(id,
                CaseMapper.rulesTriage(floor),
                CaseMapper.toViews(floor.redFlags(), request.languageOrDefault()),
                floor.news2().map(CaseMapper::toView).orElse(null));

        Multi<StreamEvent> tokens = answer.read(model).map(StreamEvent.Token::new);

        Multi<StreamEvent> result = Uni.createFrom().deferred(() -> {
            finished.set(true);
            return finish(id, request, floor, outcome(answer.text(), answer.failure(), start), caller);
        }).runSubscriptionOn(onContext).toMulti();

        // `accepted` is written while the model request travels; tokens that arrive before the
        // client's stream is ready wait for it, behind `accepted`.
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(accepted), tokens, result)
                .onCancellation().invoke(() -> {
                    if (finished.compareAndSet(false, true)) {
                        ModelOutcome outcome = advisor.gaveUp(org.opentriage.model.ModelFailures.CANCELLED, elapsedMs(start));
                        onContext.execute(() -> finish(id, request, floor, outcome, caller).subscribe().with(
                                stored -> LOG.infof("Stream of case %s cancelled by the client; stored degraded", id),
                                error -> LOG.warnf("Stream of case %s cancelled; storing failed: %s", id, error.getClass().getSimpleName())));
                    }
                });
    }

    private ModelOutcome outcome(String text, Throwable failure, long start) {
        long latency = elapsedMs(start);
        if (failure != null) {
            return advisor.failed(failure, latency);
        }
        try {
            return advisor.judge(StreamingAdvisor.parse(text), latency);
        } catch (java.io.IOException | RuntimeException e) {
            return advisor.invalidOutput(latency, "streamed answer is not the expected JSON: " + e.getClass().getSimpleName());
        }
    }

    private Uni<StreamEvent> finish(UUID id, TriageRequest request, SafetyFloor floor, ModelOutcome outcome,
                                          Caller caller) {
        TriageDecision decision = merger.merge(request, floor, outcome);
        return cases.create(id, request, null, fingerprint.of(request), decision, caller)
                .<StreamEvent>map(TriageEvents.Result::new)
                .onFailure().recoverWithItem(error -> {
                    LOG.warnf("Cannot store streamed case %s: %s", id, error.getClass().getSimpleName());
                    return new StreamEvent.Error(Problem.of(503, "Service unavailable",
                            "The case could not be stored; nothing was saved. Retry shortly."));
                });
    }

    private static long elapsedMs(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
