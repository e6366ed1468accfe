package org.opentriage.bench;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.opentriage.testsupport.OllamaApi;
import org.opentriage.testsupport.PackagedApp;
import org.opentriage.testsupport.Requests;

/**
 * Benchmark, not a test: streamed triage through the packaged service against an Ollama stand-in
 * that streams {@code bench.tokens} tokens (default 200) every {@code bench.tokenMs} ms (default
 * 20), after {@code bench.promptMs} of prompt reading (default 0), at {@code bench.concurrency} concurrent
 * streams (default 1, measured one stream at a time {@code bench.samples} times, and 500), and the same streams
 * straight from the stand-in. Prints time to accepted, to the first token and to the end, errors,
 * and the service's heap and RSS, after {@code bench.warmupRounds} × {@code bench.warmup} streams each way. Run with
 * {@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=StreamBenchmarkIT -Dbench=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class StreamBenchmarkIT {

    static final int TOKENS = Integer.getInteger("bench.tokens", 200);
    static final int TOKEN_MS = Integer.getInteger("bench.tokenMs", 20);
    static final int PROMPT_MS = Integer.getInteger("bench.promptMs", 0);
    static final int SAMPLES = Integer.getInteger("bench.samples", 15);

    record Timing(long acceptedMs, long firstTokenMs, long totalMs, boolean ok) {
    }

    @Test
    void streams() throws Exception {
        Vertx vertx = Vertx.vertx();
        HttpServer standIn = startStandIn(vertx);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Map<String, String> env = new java.util.HashMap<>(PackagedApp.environment(postgres.getPort(),
                    "http://localhost:" + standIn.actualPort(), OllamaApi.MODEL, "60s"));
            env.put("QUARKUS_REST_CLIENT_CONNECTION_POOL_SIZE", "1024");
            env.put("JAVA_TOOL_OPTIONS", System.getProperty("bench.jvmArgs", ""));
            env.put("QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE", "20");
            try (PackagedApp app = PackagedApp.start(env)) {
                HttpClient client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(2000).setKeepAlive(true));
                System.out.printf("%nStand-in: prompt read in %d ms, then %d tokens, one every %d ms%n", PROMPT_MS, TOKENS, TOKEN_MS);
                // Per-request code runs once a stream, so it needs thousands of streams before the JIT
                // has compiled it: warm up with rounds of concurrent streams, as a busy service would be.
                int warmUp = Integer.getInteger("bench.warmup", 200);
                int rounds = Integer.getInteger("bench.warmupRounds", 10);
                for (int round = 0; round < rounds; round++) {
                    List<CompletableFuture<Timing>> warming = new ArrayList<>();
                    for (int i = 0; i < warmUp; i++) {
                        warming.add(one(client, app.port(), "/api/v1/triage/stream", Requests.SORE_THROAT, true));
                        warming.add(one(client, standIn.actualPort(), "/api/chat", "{\"model\":\"x\",\"stream\":true}", false));
                    }
                    for (CompletableFuture<Timing> f : warming) {
                        f.get(1, TimeUnit.MINUTES);
                    }
                }
                System.out.printf("(after %d rounds of %d concurrent warm-up streams each way; one stream at a time: %d streams, alternating)%n",
                        rounds, warmUp, SAMPLES);
                System.out.println("| streams | path | accepted p50 / p95 | first token p50 / p95 | total p50 / p95 / max | errors |");
                System.out.println("|---|---|---|---|---|---|");
                for (String level : System.getProperty("bench.concurrency", "1,500").split(",")) {
                    int n = Integer.parseInt(level.strip());
                    if (n == 1) {
                        sequential(client, app.port(), standIn.actualPort());
                    } else {
                        run(client, n, app.port(), "/api/v1/triage/stream", Requests.SORE_THROAT, true, "service");
                        run(client, n, standIn.actualPort(), "/api/chat", "{\"model\":\"x\",\"stream\":true}", false, "stand-in directly");
                    }
                }
                String status = Files.readString(Path.of("/proc/" + app.pid() + "/status"));
                System.out.printf("Service memory after the runs: %s, %s, heap used %.0f MB%n%n",
                        line(status, "VmHWM"), line(status, "VmRSS"), heapMb(client, app.port()));
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    /** One stream at a time, alternating service and stand-in, so that both see the same machine. */
    private static void sequential(HttpClient client, int servicePort, int standInPort) throws Exception {
        List<Timing> service = new ArrayList<>();
        List<Timing> direct = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            service.add(one(client, servicePort, "/api/v1/triage/stream", Requests.SORE_THROAT, true).get(1, TimeUnit.MINUTES));
            direct.add(one(client, standInPort, "/api/chat", "{\"model\":\"x\",\"stream\":true}", false).get(1, TimeUnit.MINUTES));
        }
        report(1, "service", service, true);
        report(1, "stand-in directly", direct, false);
    }

    private static void run(HttpClient client, int n, int port, String path, String body, boolean sse, String label) throws Exception {
        List<CompletableFuture<Timing>> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(one(client, port, path, body, sse));
        }
        List<Timing> timings = new ArrayList<>();
        for (CompletableFuture<Timing> f : all) {
            timings.add(f.get(5, TimeUnit.MINUTES));
        }
        report(n, label, timings, sse);
    }

    private static void report(int n, String label, List<Timing> timings, boolean sse) {
        long errors = timings.stream().filter(t -> !t.ok()).count();
        long[] accepted = timings.stream().filter(Timing::ok).mapToLong(Timing::acceptedMs).sorted().toArray();
        long[] first = timings.stream().filter(Timing::ok).mapToLong(Timing::firstTokenMs).sorted().toArray();
        long[] total = timings.stream().filter(Timing::ok).mapToLong(Timing::totalMs).sorted().toArray();
        System.out.printf("| %d | %s | %s | %d / %d ms | %d / %d / %d ms | %d |%n", n, label,
                sse ? p(accepted, 50) + " / " + p(accepted, 95) + " ms" : "–", p(first, 50), p(first, 95),
                p(total, 50), p(total, 95), total.length == 0 ? -1 : total[total.length - 1], errors);
    }

    private static CompletableFuture<Timing> one(HttpClient client, int port, String path, String body, boolean sse) {
        CompletableFuture<Timing> done = new CompletableFuture<>();
        long start = System.nanoTime();
        long[] accepted = {-1};
        long[] first = {-1};
        StringBuilder seen = new StringBuilder();
        client.request(new RequestOptions().setMethod(HttpMethod.POST).setHost("localhost").setPort(port).setURI(path)
                        .putHeader("Content-Type", "application/json").putHeader("Accept", sse ? "text/event-stream" : "application/x-ndjson"))
                .compose(req -> req.send(Buffer.buffer(body)))
                .onFailure(e -> done.complete(new Timing(-1, -1, -1, false)))
                .onSuccess(response -> {
                    response.handler(chunk -> {
                        long now = ms(start);
                        seen.append(chunk.toString());
                        if (sse) {
                            if (accepted[0] < 0 && seen.indexOf("event:accepted") >= 0) {
                                accepted[0] = now;
                            }
                            if (first[0] < 0 && seen.indexOf("event:token") >= 0) {
                                first[0] = now;
                            }
                        } else if (first[0] < 0) {
                            first[0] = now;
                        }
                        if (seen.length() > 4096) {
                            seen.delete(0, seen.length() - 64);
                        }
                    });
                    response.exceptionHandler(e -> done.complete(new Timing(-1, -1, -1, false)));
                    response.endHandler(v -> {
                        boolean ok = response.statusCode() == 200 && (!sse || seen.indexOf("event:result") >= 0) && first[0] >= 0;
                        done.complete(new Timing(accepted[0], first[0], ms(start), ok));
                    });
                });
        return done;
    }

    /** Ollama's streaming /api/chat: a valid assessment, cut into TOKENS NDJSON lines, one every TOKEN_MS. */
    private static HttpServer startStandIn(Vertx vertx) throws Exception {
        String answer = OllamaApi.assessment(4, "Gargle with salt water and see your doctor if it lasts a week.",
                OllamaApi.differential("Acute pharyngitis", "J02.9", 0.7, false));
        List<String> tokens = new ArrayList<>();
        int size = (int) Math.ceil(answer.length() / (double) TOKENS);
        for (int i = 0; i < answer.length(); i += size) {
            tokens.add(answer.substring(i, Math.min(answer.length(), i + size)));
        }
        String[] lines = OllamaApi.streamedChat(answer, size).split("\n");
        return vertx.createHttpServer().requestHandler(request -> {
            if (request.path().equals("/api/tags")) {
                request.response().putHeader("Content-Type", "application/json")
                        .end("{\"models\":[{\"name\":\"" + OllamaApi.MODEL + "\"}]}");
                return;
            }
            HttpServerResponse response = request.response().setChunked(true).putHeader("Content-Type", "application/x-ndjson");
            AtomicInteger next = new AtomicInteger();
            // A real model first reads the prompt (bench.promptMs), then writes one token every TOKEN_MS.
            vertx.setTimer(Math.max(1, PROMPT_MS), start -> vertx.setPeriodic(TOKEN_MS, timer -> {
                int i = next.getAndIncrement();
                if (response.closed() || i >= lines.length) {
                    vertx.cancelTimer(timer);
                    if (!response.ended() && !response.closed()) {
                        response.end();
                    }
                    return;
                }
                response.write(lines[i] + "\n");
            }));
        }).listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static double heapMb(HttpClient client, int port) throws Exception {
        String metrics = client.request(HttpMethod.GET, port, "localhost", "/q/metrics")
                .compose(req -> req.send().compose(r -> r.body())).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS).toString();
        return Arrays.stream(metrics.split("\n"))
                .filter(l -> l.startsWith("jvm_memory_used_bytes") && l.contains("area=\"heap\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum() / (1024 * 1024);
    }

    private static String line(String status, String key) {
        return Arrays.stream(status.split("\n")).filter(l -> l.startsWith(key)).findFirst().orElse(key + ": ?")
                .replaceAll("\\s+", " ");
    }

    private static long p(long[] sorted, int percentile) {
        return sorted.length == 0 ? -1 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    private static long ms(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
