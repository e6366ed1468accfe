package org.opentriage.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** An embedded PostgreSQL that a test may stop, to see the service without its database. */
public class StoppablePostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgresResource current;

    @Override
    public Map<String, String> start() {
        current = new EmbeddedPostgresResource();
        return current.start();
    }

    /** Stops the database under the running application. */
    public static void stopDatabase() {
        current.stop();
    }

    @Override
    public void stop() {
        current.stop();
    }
}
