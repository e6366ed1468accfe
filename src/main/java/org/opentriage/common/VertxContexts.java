package org.opentriage.common;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.Executor;

/** Hibernate Reactive work after a model stream must go back to the request's Vert.x context. */
public final class VertxContexts {

    private VertxContexts() {
    }

    /** Runs tasks on the caller's Vert.x context (or in place outside one). */
    public static Executor current() {
        Context context = Vertx.currentContext();
        return context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
    }
}
