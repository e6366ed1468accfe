package org.opentriage.model;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the model's state without failing readiness: without a model the service still answers,
 * in degraded mode, and a pod that is taken out of the Service would help no patient.
 */
@Readiness
@ApplicationScoped
public class OllamaHealthCheck implements AsyncHealthCheck {

    private final OllamaProbe probe;

    public OllamaHealthCheck(OllamaProbe probe) {
        this.probe = probe;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return probe.probe().map(s -> {
            HealthCheckResponseBuilder b = HealthCheckResponse.named("ollama").up()
                    .withData("baseUrl", s.baseUrl())
                    .withData("model", s.model())
                    .withData("reachable", s.reachable())
                    .withData("modelAvailable", s.modelAvailable())
                    .withData("mode", s.reachable() && s.modelAvailable() ? "normal" : "degraded");
            if (s.error() != null) {
                b.withData("error", s.error());
            }
            return b.build();
        });
    }
}
