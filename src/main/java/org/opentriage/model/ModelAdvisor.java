package org.opentriage.model;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.opentriage.patient.TriageRequest;
import org.opentriage.rules.SafetyFloor;

/**
 * Asks the model for an assessment and never fails: any error, a timeout or an answer that does
 * not validate becomes a degraded {@link ModelOutcome}. The blocking AI call runs on a worker
 * thread; the outcome is delivered back on the caller's Vert.x context, so that Hibernate
 * Reactive work that follows stays on it.
 */
@ApplicationScoped
public class ModelAdvisor {

    private static final Logger LOG = Logger.getLogger(ModelAdvisor.class);
    /** Slack over the HTTP timeout before the service stops waiting on its own. */
    private static final Duration GUARD = Duration.ofSeconds(2);

    private final TriageAssistant assistant;
    private final ModelAssessmentValidator validator;
    private final ModelConfig config;
    private final Vertx vertx;
    private final MeterRegistry registry;

    public ModelAdvisor(TriageAssistant assistant, ModelAssessmentValidator validator, ModelConfig config,
                        Vertx vertx, MeterRegistry registry) {
        this.assistant = assistant;
        this.validator = validator;
        this.config = config;
        this.vertx = vertx;
        this.registry = registry;
    }

    public Uni<ModelOutcome> advise(TriageRequest request, SafetyFloor floor) {
        String prompt = TriagePrompt.describe(request, floor);
        Context context = io.vertx.core.Vertx.currentContext();
        long start = System.nanoTime();
        Uni<ModelOutcome> outcome = vertx.executeBlocking(Uni.createFrom().item(() -> assistant.assess(prompt)), false)
                .ifNoItem().after(config.timeout().plus(GUARD)).failWith(TimeoutException::new)
                .map(answer -> judge(answer, elapsedMs(start)))
                .onFailure().recoverWithItem(failure -> failed(failure, elapsedMs(start)));
        return context == null ? outcome : outcome.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    /** The outcome of a complete answer: usable only if every field validates. */
    public ModelOutcome judge(ModelAssessment answer, long latencyMs) {
        ModelAssessmentValidator.Result result = validator.validate(answer);
        if (result instanceof ModelAssessmentValidator.Valid valid) {
            return record(ModelOutcome.usable(config.name(), latencyMs, valid.assessment()));
        }
        return invalidOutput(latencyMs, ((ModelAssessmentValidator.Invalid) result).problems().toString());
    }

    /** The outcome of an answer that is not the expected JSON or fails validation ({@code what}: field names only). */
    public ModelOutcome invalidOutput(long latencyMs, String what) {
        LOG.warnf("Model %s answer unusable after %d ms (%s); answering in degraded mode", config.name(), latencyMs, what);
        return record(ModelOutcome.degraded(config.name(), latencyMs, ModelFailures.INVALID_OUTPUT));
    }

    /** The outcome of a call that failed (or, with {@code reason}, was given up). */
    public ModelOutcome failed(Throwable failure, long latencyMs) {
        String reason = ModelFailures.classify(failure);
        LOG.warnf("Model %s unusable after %d ms (%s: %s); answering in degraded mode",
                config.name(), latencyMs, reason, failure.getClass().getSimpleName());
        return record(ModelOutcome.degraded(config.name(), latencyMs, reason));
    }

    public ModelOutcome gaveUp(String reason, long latencyMs) {
        LOG.warnf("Model %s answer abandoned after %d ms (%s); storing the case degraded", config.name(), latencyMs, reason);
        return record(ModelOutcome.degraded(config.name(), latencyMs, reason));
    }

    private ModelOutcome record(ModelOutcome outcome) {
        Timer.builder("triage.model.latency")
                .description("Time to a model answer, usable or not")
                .tag("outcome", outcome.degraded() ? outcome.degradedReason() : "ok")
                .register(registry)
                .record(outcome.latencyMs(), TimeUnit.MILLISECONDS);
        return outcome;
    }

    static long elapsedMs(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
