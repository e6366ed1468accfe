package org.opentriage.dev;

import io.quarkus.runtime.LaunchMode;
import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Gives {@code ./mvnw quarkus:dev} a database on a machine with none installed: in dev mode only,
 * and only when no datasource URL is configured, it starts an embedded PostgreSQL (zonky, a
 * {@code provided} dependency: on the dev-mode and test class paths, never in the packaged
 * application) with its data under {@code target/dev-postgres}, and supplies its URLs.
 *
 * <p>Its ordinal is below every other source, so configuration an operator gives always wins. The
 * server outlives hot reloads (its port is kept in a system property) and stops with the JVM.
 */
public class DevPostgresConfigSource implements ConfigSource {

    static final String PORT_PROPERTY = "opentriage.dev.postgres.port";
    static final String REACTIVE_URL = "quarkus.datasource.reactive.url";
    static final String EMBEDDED = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";
    private static final Set<String> KEYS = Set.of(REACTIVE_URL, "quarkus.datasource.username", "quarkus.datasource.password");

    @Override
    public Set<String> getPropertyNames() {
        return active() ? KEYS : Set.of();
    }

    @Override
    public String getValue(String name) {
        if (!KEYS.contains(name) || !active()) {
            return null;
        }
        return switch (name) {
            case REACTIVE_URL -> "postgresql://localhost:" + port() + "/postgres";
            default -> "postgres";
        };
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    @Override
    public String getName() {
        return "embedded-postgres-for-dev-mode";
    }

    private static boolean active() {
        return LaunchMode.current() == LaunchMode.DEVELOPMENT
                && System.getenv("QUARKUS_DATASOURCE_REACTIVE_URL") == null
                && System.getProperty(REACTIVE_URL) == null
                && onClassPath();
    }

    private static boolean onClassPath() {
        try {
            Class.forName(EMBEDDED, false, Thread.currentThread().getContextClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static synchronized String port() {
        String port = System.getProperty(PORT_PROPERTY);
        if (port == null) {
            port = String.valueOf(start());
            System.setProperty(PORT_PROPERTY, port);
        }
        return port;
    }

    /** Reflection keeps the packaged application free of any link to the embedded server. */
    private static int start() {
        try {
            Path data = Path.of("target", "dev-postgres").toAbsolutePath();
            Files.createDirectories(data);
            Class<?> type = Class.forName(EMBEDDED, true, Thread.currentThread().getContextClassLoader());
            Object builder = type.getMethod("builder").invoke(null);
            builder.getClass().getMethod("setDataDirectory", Path.class).invoke(builder, data);
            builder.getClass().getMethod("setCleanDataDirectory", boolean.class).invoke(builder, false);
            Object server = builder.getClass().getMethod("start").invoke(builder);
            int port = (int) type.getMethod("getPort").invoke(server);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    ((Closeable) server).close();
                } catch (Exception ignored) {
                    // the JVM is going away
                }
            }, "embedded-postgres-stop"));
            System.out.println("Dev mode: embedded PostgreSQL on port " + port + ", data in " + data);
            return port;
        } catch (ReflectiveOperationException | java.io.IOException e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL for dev mode; "
                    + "set QUARKUS_DATASOURCE_REACTIVE_URL to use another server", e);
        }
    }
}
