package org.opentriage.privacy;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Runs retention on every replica, every {@code triage.retention.every}; replicas skip each other's rows. */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    private final ErasureService erasure;

    public RetentionJob(ErasureService erasure) {
        this.erasure = erasure;
    }

    @Scheduled(identity = "retention", every = "${triage.retention.every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return erasure.eraseExpired().invoke(done -> {
            if (done.cases() + done.intakeSessions() > 0) {
                LOG.infof("Retention erased %d resolved cases and %d intake sessions", done.cases(), done.intakeSessions());
            }
        }).onFailure().invoke(e -> LOG.warnf("Retention run failed, will retry next time: %s", e.getClass().getSimpleName()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
