package org.opentriage.cases;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Case changes, on every replica, through PostgreSQL LISTEN/NOTIFY: the transaction that creates
 * or changes a case sends {@code NOTIFY triage_case, '<id>'} (delivered on commit only); every
 * replica listens, loads the case and hands it to its dashboard streams. A case that is notified
 * but no longer there was erased, and is announced as such. No broker needed.
 */
@ApplicationScoped
public class CaseEvents {

    static final String CHANNEL = "triage_case";
    private static final Logger LOG = Logger.getLogger(CaseEvents.class);

    private final BroadcastProcessor<CaseView> changes = BroadcastProcessor.create();
    private final BroadcastProcessor<UUID> erasures = BroadcastProcessor.create();
    private final Vertx vertx;
    private final TriageCaseRepository repository;
    private final CaseMapper mapper;
    private final String url;
    private final java.util.Optional<String> username;
    private final java.util.Optional<String> password;
    private PgSubscriber subscriber;

    public CaseEvents(Vertx vertx, TriageCaseRepository repository, CaseMapper mapper,
                      @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                      @ConfigProperty(name = "quarkus.datasource.username") java.util.Optional<String> username,
                      @ConfigProperty(name = "quarkus.datasource.password") java.util.Optional<String> password) {
        this.vertx = vertx;
        this.repository = repository;
        this.mapper = mapper;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    /** Every case created or changed from now on, on any replica. */
    public Multi<CaseView> stream() {
        return changes;
    }

    /** Every case erased from now on (retention or an erasure request), on any replica. */
    public Multi<UUID> erased() {
        return erasures;
    }

    /** Queues the notification in the current transaction: sent on commit, dropped on rollback. */
    public Uni<Void> changed(UUID id) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("NOTIFY " + CHANNEL + ", '" + id + "'").executeUpdate())
                .replaceWithVoid();
    }

    void start(@Observes StartupEvent event) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.startsWith("vertx-reactive:") ? url.substring(15) : url);
        username.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        subscriber = PgSubscriber.subscriber(vertx, options)
                .reconnectPolicy(retries -> retries < 1000 ? 1000L : -1L);
        subscriber.channel(CHANNEL).handler(this::load);
        subscriber.connect().subscribe().with(
                ignored -> LOG.infof("Listening for case changes on channel %s", CHANNEL),
                failure -> LOG.warnf("Cannot listen for case changes yet (%s); retrying", failure.getClass().getSimpleName()));
    }

    void stop(@Observes ShutdownEvent event) {
        if (subscriber != null) {
            subscriber.close().subscribe().with(ignored -> { }, failure -> { });
        }
    }

    private void load(String payload) {
        UUID id;
        try {
            id = UUID.fromString(payload);
        } catch (IllegalArgumentException e) {
            return;
        }
        // Hibernate Reactive needs a safe duplicated context of its own for each load.
        Context context = VertxContext.createNewDuplicatedContext(vertx.getDelegate().getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> Panache.withSession(() -> repository.findById(id))
                .subscribe().with(found -> {
                    if (found != null) {
                        changes.onNext(mapper.toView(found));
                    } else {
                        // Notified, and gone: an erasure removed it.
                        erasures.onNext(id);
                    }
                }, failure -> LOG.warnf("Cannot load changed case: %s", failure.getClass().getSimpleName())));
    }
}
