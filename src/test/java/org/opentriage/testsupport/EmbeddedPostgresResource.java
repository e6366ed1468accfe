package org.opentriage.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** A real PostgreSQL for the tests, from binaries shipped in a Maven jar: no Docker, no install. */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static volatile String jdbcUrl;
    private EmbeddedPostgres postgres;

    /** JDBC URL of the running server, for tests that look into the database directly. */
    public static String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?user=postgres&password=postgres";
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://localhost:" + postgres.getPort() + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public synchronized void stop() {
        if (postgres != null) {
            try {
                postgres.close();
                postgres = null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
