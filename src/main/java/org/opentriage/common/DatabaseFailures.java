package org.opentriage.common;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;

/** Tells "the database cannot be reached" from other failures, however the driver wrapped it. */
final class DatabaseFailures {

    private DatabaseFailures() {
    }

    static boolean isUnavailable(Throwable failure) {
        for (Throwable t : Causes.of(failure)) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof UnknownHostException
                    || t instanceof ClosedChannelException) {
                return true;
            }
            String type = t.getClass().getName();
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (type.equals("io.vertx.sqlclient.ClosedConnectionException")
                    || type.endsWith("ConnectTimeoutException")
                    || message.contains("connection refused")
                    || message.contains("connection is closed")
                    || message.contains("timeout waiting for connection")
                    || message.contains("the database system is shutting down")
                    || message.contains("terminating connection due to administrator command")) {
                return true;
            }
        }
        return false;
    }
}
