package org.opentriage.bench;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.IOException;
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
 * sent, so that the benchmark can send the service's own request straight to it; {@code GET
 * /last-timing} when that request had been read and when its first line was written. {@code POST
 * /tokens?n=N} cuts the same answer into N lines from then on (short answers warm the JIT faster).
 */
public final class OllamaStandIn {

    private OllamaStandIn() {
    }

    /** Starts the stand-in in a new JVM with the benchmark's settings. */
    static BenchProcess start(int tokens, int tokenMs, int promptMs) throws IOException {
        return BenchProcess.start(OllamaStandIn.class,
                "-Dbench.tokens=" + tokens, "-Dbench.tokenMs=" + tokenMs, "-Dbench.promptMs=" + promptMs);
    }

    public static void main(String[] args) throws Exception {
        int tokens = Integer.getInteger("bench.tokens", 200);
        int tokenMs = Integer.getInteger("bench.tokenMs", 20);
        int promptMs = Integer.getInteger("bench.promptMs", 0);
        String answer = OllamaApi.assessment(4, "Gargle with salt water and see your doctor if it lasts a week.",
                OllamaApi.differential("Acute pharyngitis", "J02.9", 0.7, false));
        AtomicReference<List<String>> lines = new AtomicReference<>(lines(answer, tokens));
        AtomicReference<String> lastRequest = new AtomicReference<>("{}");
        // When the last chat request had been read, and when its first line was written (System.nanoTime,
        // one clock for every process on the machine), so that a single stream's time can be split.
        AtomicReference<String> lastTiming = new AtomicReference<>("-1 -1");
        Vertx vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            switch (request.path()) {
                case "/api/tags" -> request.response().putHeader("Content-Type", "application/json")
                        .end("{\"models\":[{\"name\":\"" + OllamaApi.MODEL + "\"}]}");
                case "/last-request" -> request.response().putHeader("Content-Type", "application/json").end(lastRequest.get());
                case "/last-timing" -> request.response().putHeader("Content-Type", "text/plain").end(lastTiming.get());
                case "/tokens" -> {
                    lines.set(lines(answer, Integer.parseInt(request.getParam("n"))));
                    request.response().setStatusCode(204).end();
                }
                default -> request.body().onSuccess(body -> {
                    long read = System.nanoTime();
                    lastRequest.set(body.toString());
                    // The first line after prompt reading and one token's time, then one every tokenMs.
                    NdjsonLines.write(vertx, request.response(), lines.get(), promptMs + tokenMs, tokenMs,
                            () -> lastTiming.set(read + " " + System.nanoTime()));
                });
            }
        }).listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        System.out.println("listening " + server.actualPort());
    }

    /** The answer as Ollama streams it, in about {@code tokens} lines. */
    private static List<String> lines(String answer, int tokens) {
        return List.of(OllamaApi.streamedChat(answer, (int) Math.ceil(answer.length() / (double) tokens)).split("\n"));
    }
}
