package org.opentriage.bench;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.opentriage.testsupport.OllamaApi;
import org.opentriage.testsupport.PackagedApp;
import org.opentriage.testsupport.Requests;

/**
 * Benchmark, not a test: streamed triage through the packaged service against an Ollama stand-in
 * ({@link OllamaStandIn}, its own process, as Ollama is) that streams {@code bench.tokens} tokens (default 200) every {@code bench.tokenMs} ms (default
 * 20), after {@code bench.promptMs} of prompt reading (default 0), at {@code bench.concurrency} concurrent
 * streams (default 1, measured one stream at a time {@code bench.samples} times, and 500), and the same streams
 * straight from the stand-in (the very model request the service sends). Prints time to accepted, to the first token and to the end, errors,
 * and the service's heap and RSS, after {@code bench.warmupRounds} × {@code bench.warmup} streams each way ({@code bench.warmupTokens} tokens each),
 * {@code bench.settleSeconds} (70) for the warm-up's connections to close, and {@code bench.rewarmRounds} (40) rounds more. Run with
 * {@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=StreamBenchmarkIT -Dbench=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class StreamBenchmarkIT {

    static final int TOKENS = Integer.getInteger("bench.tokens", 200);
    static final int TOKEN_MS = Integer.getInteger("bench.tokenMs", 20);
    static final int PROMPT_MS = Integer.getInteger("bench.promptMs", 0);
    static final int SAMPLES = Integer.getInteger("bench.samples", 21);
    static final int WARMUP_TOKENS = Integer.getInteger("bench.warmupTokens", 10);

    /** Where a stream is sent: the service, the stand-in directly, or the bare relay. */
    record Target(String label, int port, String path, String body, boolean sse) {
    }

    /** Microseconds from sending the request (sent at {@code startNanos}, System.nanoTime). */
    record Timing(long acceptedUs, long firstTokenUs, long totalUs, boolean ok, long startNanos) {
    }

    /** One stream's first token, split at the stand-in: until it had read the model request, and from its first line on. */
    record Split(long toModelUs, long backUs) {
    }

    @Test
    void streams() throws Exception {
        Vertx vertx = Vertx.vertx();
        try (BenchProcess standIn = OllamaStandIn.start(TOKENS, TOKEN_MS, PROMPT_MS);
             EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Map<String, String> env = new java.util.HashMap<>(PackagedApp.environment(postgres.getPort(),
                    "http://localhost:" + standIn.port(), OllamaApi.MODEL, "60s"));
            env.put("QUARKUS_REST_CLIENT_CONNECTION_POOL_SIZE", "1024");
            env.put("JAVA_TOOL_OPTIONS", System.getProperty("bench.jvmArgs", ""));
            env.put("QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE", "20");
            try (PackagedApp app = PackagedApp.start(env)) {
                HttpClient client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(2000).setKeepAlive(true));
                // The direct path sends the stand-in the very request the service sends it.
                Target service = new Target("service", app.port(), "/api/v1/triage/stream", Requests.SORE_THROAT, true);
                one(client, service).get(1, TimeUnit.MINUTES);
                String modelRequest = get(client, standIn.port(), "/last-request");
                System.out.printf("%nStand-in (own process): prompt read in %d ms, then %d tokens, one every %d ms; model request %d bytes%n",
                        PROMPT_MS, TOKENS, TOKEN_MS, modelRequest.length());
                Path modelRequestFile = Files.createTempFile("model-request", ".json");
                Files.writeString(modelRequestFile, modelRequest);
                try (BenchProcess relay = BareRelay.start(standIn.port(), modelRequestFile)) {
                    measure(client, app, service, new Target("stand-in directly", standIn.port(), "/api/chat", modelRequest, false),
                            new Target("bare relay (floor)", relay.port(), "/relay", Requests.SORE_THROAT, true), standIn.port());
                } finally {
                    Files.delete(modelRequestFile);
                }
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    private static void measure(HttpClient client, PackagedApp app, Target service, Target direct, Target floor, int standInPort)
            throws Exception {
        // Per-request code runs once a stream, so it needs over ten thousand streams before the
        // JIT has fully compiled it (C2), as in a service that has run a while: warm up with
        // rounds of concurrent streams, with short answers, then measure with the full ones.
        int warmUp = Integer.getInteger("bench.warmup", 200);
        int rounds = Integer.getInteger("bench.warmupRounds", 80);
        post(client, standInPort, "/tokens?n=" + WARMUP_TOKENS);
        warmUp(client, rounds, warmUp, service, direct, floor);
        // The warm-up leaves hundreds of idle connections, which every client closes 60 s later
        // (Vert.x's keep-alive timeout). The first time that happens the JIT throws away its code
        // for the connections' hot paths (reading, flushing, encoding, which had never seen a close)
        // and, at one stream, does not compile it fully again for minutes: measured, the first
        // token ran on that code from the middle of the run on. A service that has run a while has
        // closed connections before, so let them close, then warm up again.
        int settle = Integer.getInteger("bench.settleSeconds", 70);
        int rewarm = settle > 0 ? Integer.getInteger("bench.rewarmRounds", 40) : 0;
        if (settle > 0) {
            Thread.sleep(TimeUnit.SECONDS.toMillis(settle));
            warmUp(client, rewarm, warmUp, service, direct, floor);
        }
        post(client, standInPort, "/tokens?n=" + TOKENS);
        System.out.printf("(after %d rounds of %d concurrent warm-up streams each way (service, direct, bare relay), %d tokens each,"
                        + " %d s for their connections to close and %d rounds more; one stream at a time: %d streams, alternating)%n",
                rounds, warmUp, WARMUP_TOKENS, settle, rewarm, SAMPLES);
        System.out.println("| streams | path | accepted p50 / p95 | first token p50 / p95 | total p50 / p95 / max | errors |");
        System.out.println("|---|---|---|---|---|---|");
        for (String level : System.getProperty("bench.concurrency", "1,500").split(",")) {
            int n = Integer.parseInt(level.strip());
            if (n == 1) {
                sequential(client, service, direct, floor, standInPort);
            } else {
                run(client, n, service);
                run(client, n, direct);
            }
        }
        String status = Files.readString(Path.of("/proc/" + app.pid() + "/status"));
        System.out.printf("Service memory after the runs: %s, %s, heap used %.0f MB%n%n",
                line(status, "VmHWM"), line(status, "VmRSS"), heapMb(client, app.port()));
    }

    private static void warmUp(HttpClient client, int rounds, int streams, Target... targets) throws Exception {
        for (int round = 0; round < rounds; round++) {
            List<CompletableFuture<Timing>> warming = new ArrayList<>();
            for (int i = 0; i < streams; i++) {
                for (Target target : targets) {
                    warming.add(one(client, target));
                }
            }
            for (CompletableFuture<Timing> f : warming) {
                f.get(1, TimeUnit.MINUTES);
            }
        }
    }

    /** One stream at a time, alternating service, stand-in and relay, so that all see the same machine. */
    private static void sequential(HttpClient client, Target service, Target direct, Target floor, int standInPort)
            throws Exception {
        Map<Target, List<Timing>> timings = new java.util.LinkedHashMap<>();
        Map<Target, List<Split>> splits = new java.util.LinkedHashMap<>();
        for (int i = 0; i < SAMPLES; i++) {
            for (Target target : List.of(service, direct, floor)) {
                Timing timing = one(client, target).get(1, TimeUnit.MINUTES);
                timings.computeIfAbsent(target, t -> new ArrayList<>()).add(timing);
                if (!timing.ok()) {
                    continue; // no first token to split, and the stand-in's timing may be another stream's
                }
                String[] standIn = get(client, standInPort, "/last-timing").split(" ");
                long firstNanos = timing.startNanos() + TimeUnit.MICROSECONDS.toNanos(timing.firstTokenUs());
                splits.computeIfAbsent(target, t -> new ArrayList<>()).add(new Split(
                        TimeUnit.NANOSECONDS.toMicros(Long.parseLong(standIn[0]) - timing.startNanos()),
                        TimeUnit.NANOSECONDS.toMicros(firstNanos - Long.parseLong(standIn[1]))));
            }
        }
        timings.forEach((target, list) -> report(1, target, list));
        System.out.println("Where the first token's time goes (p50): from sending the request until the stand-in has read "
                + "the model request; from the stand-in writing its first line until the client has it");
        splits.forEach((target, list) -> System.out.printf("  %s: to the model %s ms, back %s ms%n", target.label(),
                ms(p50(list, Split::toModelUs)), ms(p50(list, Split::backUs))));
        for (Target target : List.of(service, floor)) {
            System.out.printf("At 1 stream, %s vs directly (p50): first token %s, total %s%n", target.label(),
                    change(median(timings.get(target), Timing::firstTokenUs), median(timings.get(direct), Timing::firstTokenUs)),
                    change(median(timings.get(target), Timing::totalUs), median(timings.get(direct), Timing::totalUs)));
        }
    }

    private static void run(HttpClient client, int n, Target target) throws Exception {
        List<CompletableFuture<Timing>> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(one(client, target));
        }
        List<Timing> timings = new ArrayList<>();
        for (CompletableFuture<Timing> f : all) {
            timings.add(f.get(5, TimeUnit.MINUTES));
        }
        report(n, target, timings);
    }

    private static void report(int n, Target target, List<Timing> timings) {
        long errors = timings.stream().filter(t -> !t.ok()).count();
        long[] accepted = timings.stream().filter(Timing::ok).mapToLong(Timing::acceptedUs).sorted().toArray();
        long[] first = timings.stream().filter(Timing::ok).mapToLong(Timing::firstTokenUs).sorted().toArray();
        long[] total = timings.stream().filter(Timing::ok).mapToLong(Timing::totalUs).sorted().toArray();
        System.out.printf("| %d | %s | %s | %s / %s ms | %s / %s / %s ms | %d |%n", n, target.label(),
                target.sse() ? ms(p(accepted, 50)) + " / " + ms(p(accepted, 95)) + " ms" : "–", ms(p(first, 50)), ms(p(first, 95)),
                ms(p(total, 50)), ms(p(total, 95)), ms(total.length == 0 ? -1 : total[total.length - 1]), errors);
    }

    private static CompletableFuture<Timing> one(HttpClient client, Target target) {
        boolean sse = target.sse();
        CompletableFuture<Timing> done = new CompletableFuture<>();
        long start = System.nanoTime();
        long[] accepted = {-1};
        long[] first = {-1};
        boolean[] result = {false};
        StringBuilder seen = new StringBuilder();
        client.request(new RequestOptions().setMethod(HttpMethod.POST).setHost("localhost").setPort(target.port()).setURI(target.path())
                        .putHeader("Content-Type", "application/json").putHeader("Accept", sse ? "text/event-stream" : "application/x-ndjson"))
                .compose(req -> req.send(Buffer.buffer(target.body())))
                .onFailure(e -> done.complete(new Timing(-1, -1, -1, false, start)))
                .onSuccess(response -> {
                    response.handler(chunk -> {
                        long now = micros(start);
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
                        // looked for before the buffer is cut: a case with its screen is larger than the buffer
                        result[0] |= seen.indexOf("event:result") >= 0;
                        if (seen.length() > 4096) {
                            seen.delete(0, seen.length() - 64);
                        }
                    });
                    response.exceptionHandler(e -> done.complete(new Timing(-1, -1, -1, false, start)));
                    response.endHandler(v -> {
                        boolean ok = response.statusCode() == 200 && (!sse || result[0]) && first[0] >= 0;
                        done.complete(new Timing(accepted[0], first[0], micros(start), ok, start));
                    });
                });
        return done;
    }

    private static String get(HttpClient client, int port, String path) throws Exception {
        return client.request(HttpMethod.GET, port, "localhost", path)
                .compose(req -> req.send().compose(r -> r.body())).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS).toString();
    }

    private static void post(HttpClient client, int port, String path) throws Exception {
        client.request(HttpMethod.POST, port, "localhost", path).compose(req -> req.send().compose(r -> r.body()))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static double heapMb(HttpClient client, int port) throws Exception {
        String metrics = get(client, port, "/q/metrics");
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

    /** The median over the streams that finished. */
    private static long median(List<Timing> timings, java.util.function.ToLongFunction<Timing> value) {
        return p50(timings.stream().filter(Timing::ok).toList(), value);
    }

    private static <T> long p50(List<T> values, java.util.function.ToLongFunction<T> value) {
        return p(values.stream().mapToLong(value).sorted().toArray(), 50);
    }

    private static String change(long service, long direct) {
        return String.format(java.util.Locale.ROOT, "%+.1f ms (%+.1f %%)", (service - direct) / 1000.0, 100.0 * (service - direct) / direct);
    }

    private static long micros(long start) {
        return TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start);
    }

    /** Microseconds as milliseconds with one decimal. */
    private static String ms(long micros) {
        return String.format(java.util.Locale.ROOT, "%.1f", micros / 1000.0);
    }
}
