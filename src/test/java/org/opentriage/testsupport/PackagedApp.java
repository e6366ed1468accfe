package org.opentriage.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}) started as an operator
 * would: configured only by environment variables.
 */
public final class PackagedApp implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final int port;
    private final File log;

    private PackagedApp(Process process, int port, File log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar with these environment variables (plus a free HTTP port) and waits until it is ready. */
    public static PackagedApp start(Map<String, String> environment) throws IOException, InterruptedException {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("no packaged application at " + jar + ": run in verify, after package");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString());
        pb.environment().putAll(environment);
        pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        File log = Files.createTempFile("triage-app-", ".log").toFile();
        pb.redirectErrorStream(true).redirectOutput(log);
        PackagedApp app = new PackagedApp(pb.start(), port, log);
        app.awaitReady();
        return app;
    }

    /** Environment for a database and a model server, the way the Kubernetes manifests set it. */
    public static Map<String, String> environment(int postgresPort, String ollamaUrl, String model, String timeout) {
        return Map.of(
                // Scenario tests that are not about sign-in run without it, the way an operator
                // would have to say so; the security tests give a key instead.
                "TRIAGE_AUTH_DISABLED", "true",
                "TRIAGE_RATE_LIMIT_REQUESTS_PER_MINUTE", "0",
                "QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:" + postgresPort + "/postgres",
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "QUARKUS_LANGCHAIN4J_OLLAMA_BASE_URL", ollamaUrl,
                "TRIAGE_MODEL_NAME", model,
                "TRIAGE_MODEL_TIMEOUT", timeout);
    }

    /** What the application has logged so far. */
    public String log() throws IOException {
        return Files.readString(log.toPath());
    }

    /** The operating-system process, for memory readings. */
    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void awaitReady() throws InterruptedException, IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited: " + Files.readString(log.toPath()));
            }
            try {
                HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/q/health/ready")))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the application did not become ready in 90 s");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
