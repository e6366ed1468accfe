package org.opentriage.model;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Says at start whether the model can be used, so that degraded mode is never a surprise. */
@Singleton
public class StartupReport {

    private static final Logger LOG = Logger.getLogger(StartupReport.class);

    void onStart(@Observes StartupEvent event, OllamaProbe probe) {
        probe.probe().subscribe().with(s -> {
            if (s.reachable() && s.modelAvailable()) {
                LOG.infof("Model %s available at %s", s.model(), s.baseUrl());
            } else {
                LOG.warnf("Model %s not usable at %s (%s): triage answers are DEGRADED (rules only, level at most "
                        + "consultation_24) until it is. Pull it with: ollama pull %s", s.model(), s.baseUrl(),
                        s.error(), s.model());
            }
        });
    }
}
