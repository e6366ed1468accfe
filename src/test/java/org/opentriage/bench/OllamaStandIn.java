package org.opentriage.bench;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.opentriage.testsupport.NdjsonLines;
import org.opentriage.testsupport.OllamaApi;

/**
 * The benchmark's Ollama: its own process, as Ollama is, speaking {@code POST /api/chat} with
 * streamed NDJSON. Like Ollama it reads the whole request first; then it "reads the prompt" for
 * {@code bench.promptMs} and writes a valid assessment cut into {@code bench.tokens} lines, one
 * every {@code bench.tokenMs}. {@code GET /last-request} returns the last chat request it was
 * sent, so that the benchmark can send the service's own request straight to it.
 */
public final class OllamaStandIn implements AutoCloseable {

    private final Process process;
    private final int port;

    private OllamaStandIn(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the stand-in in a new JVM with the benchmark's settings and waits for its port. */
    static OllamaStandIn start(int tokens, int tokenMs, int promptMs) throws IOException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dbench.tokens=" + tokens, "-Dbench.tokenMs=" + tokenMs, "-Dbench.promptMs=" + promptMs,
                OllamaStandIn.class.getName())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("listening ")) {
                Thread drain = new Thread(() -> out.lines().forEach(ignored -> { }));
                drain.setDaemon(true);
                drain.start();
                return new OllamaStandIn(process, Integer.parseInt(line.substring("listening ".length()).strip()));
            }
        }
        throw new IllegalStateException("the Ollama stand-in did not start");
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        int tokens = Integer.getInteger("bench.tokens", 200);
        int tokenMs = Integer.getInteger("bench.tokenMs", 20);
        int promptMs = Integer.getInteger("bench.promptMs", 0);
        String answer = OllamaApi.assessment(4, "Gargle with salt water and see your doctor if it lasts a week.",
                OllamaApi.differential("Acute pharyngitis", "J02.9", 0.7, false));
        List<String> lines = List.of(OllamaApi.streamedChat(answer, (int) Math.ceil(answer.length() / (double) tokens)).split("\n"));
        AtomicReference<String> lastRequest = new AtomicReference<>("{}");
        Vertx vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            switch (request.path()) {
                case "/api/tags" -> request.response().putHeader("Content-Type", "application/json")
                        .end("{\"models\":[{\"name\":\"" + OllamaApi.MODEL + "\"}]}");
                case "/last-request" -> request.response().putHeader("Content-Type", "application/json").end(lastRequest.get());
                default -> request.body().onSuccess(body -> {
                    lastRequest.set(body.toString());
                    // The first line after prompt reading and one token's time, then one every tokenMs.
                    NdjsonLines.write(vertx, request.response(), lines, promptMs + tokenMs, tokenMs);
                });
            }
        }).listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        System.out.println("listening " + server.actualPort());
    }
}
