package org.opentriage.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentriage.testsupport.NdjsonLines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The streaming client against a Vert.x server speaking Ollama's NDJSON, which counts the
 * connections and requests it is given: finished streams share one connection per event loop, a
 * stream that is cancelled or unreadable closes its own, so Ollama stops generating, and past
 * {@link ModelConfig#maxStreams()} a call waits for a running one to end.
 */
class OllamaStreamClientTest {

    static final List<OllamaStreamClient.Message> PROMPT = List.of(new OllamaStreamClient.Message("user", "hello"));

    Vertx vertx;
    HttpServer server;
    OllamaStreamClient client;
    final AtomicInteger opened = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();
    /** What the server answers: a list of NDJSON lines, one every {@link #lineMs} ms. */
    volatile List<String> lines;
    volatile long lineMs;
    /** The last request body the server was sent. */
    final AtomicReference<String> received = new AtomicReference<>();
    /** How many requests the server was sent. */
    final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer()
                .connectionHandler(connection -> {
                    opened.incrementAndGet();
                    connection.closeHandler(ignored -> closed.incrementAndGet());
                })
                .requestHandler(this::answer)
                .listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        client = new OllamaStreamClient(vertx, config(10), url());
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void streamsThatFinishShareOneConnection() {
        answerWith(0, token("Hel"), token("lo"), last());

        for (int i = 0; i < 5; i++) {
            assertThat(tokens(client.chat(PROMPT, null))).containsExactly("Hel", "lo");
        }

        // The stream ends at Ollama's "done" line; the next may start before that response has
        // quite ended, and take a second connection. It used to take a new one every time.
        assertThat(opened.get()).as("connections opened for five streams in a row").isLessThanOrEqualTo(2);
        assertThat(closed).hasValue(0);
    }

    @Test
    void aCancelledStreamClosesItsConnectionSoTheModelStops() {
        answerWith(200, token("a"), token("b"), token("c"), token("d"), token("e"), last());

        AssertSubscriber<String> subscriber = client.chat(PROMPT, null).subscribe().withSubscriber(AssertSubscriber.create(10));
        subscriber.awaitItems(1, Duration.ofSeconds(5)).cancel();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(closed).hasValue(1));
        assertThat(subscriber.getItems()).hasSizeLessThan(5);
    }

    @Test
    void anUnreadableLineFailsTheStreamAndClosesItsConnection() {
        answerWith(100, token("a"), "this is not JSON", token("b"), token("c"), last());

        AssertSubscriber<String> subscriber = client.chat(PROMPT, null).subscribe().withSubscriber(AssertSubscriber.create(10));
        subscriber.awaitFailure(Duration.ofSeconds(5));

        assertThat(subscriber.getItems()).containsExactly("a");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(closed).hasValue(1));
    }

    @Test
    void ollamasErrorLineFailsTheStream() {
        answerWith(0, token("a"), "{\"error\":\"model ran out of memory\"}");

        AssertSubscriber<String> subscriber = client.chat(PROMPT, null).subscribe().withSubscriber(AssertSubscriber.create(10));

        subscriber.awaitFailure(Duration.ofSeconds(5)).assertFailedWith(IllegalStateException.class, "Ollama error");
    }

    @Test
    void aStartedCallIsSentAtOnceAndKeepsItsTokensForALateSubscriber() throws Exception {
        answerWith(0, token("Hel"), token("lo"), last());

        Multi<String> started = client.start(List.of(new OllamaStreamClient.Message("system", "Be \"brief\"."),
                new OllamaStreamClient.Message("user", "hello")), new OllamaStreamClient.Format("{\"type\":\"object\"}"));
        // Nobody has subscribed yet: the request is already at the model, and its answer waits.
        await().atMost(Duration.ofSeconds(5)).until(() -> received.get() != null);
        Thread.sleep(200);

        assertThat(tokens(started)).containsExactly("Hel", "lo");
        JsonNode request = new ObjectMapper().readTree(received.get());
        assertThat(request.path("model").asText()).isEqualTo("llama3.1:8b");
        assertThat(request.path("stream").asBoolean()).isTrue();
        assertThat(request.path("messages").get(0).path("content").asText()).isEqualTo("Be \"brief\".");
        assertThat(request.path("messages").get(1).path("role").asText()).isEqualTo("user");
        assertThat(request.path("format").path("type").asText()).isEqualTo("object");
        assertThat(request.path("options").has("num_ctx")).isTrue();
    }

    @Test
    void aStartedCallCancelledBeforeItsAnswerClosesItsConnection() {
        answerWith(200, token("a"), token("b"), token("c"), last());

        Multi<String> started = client.start(PROMPT, null);
        await().atMost(Duration.ofSeconds(5)).until(() -> received.get() != null);
        started.subscribe().withSubscriber(AssertSubscriber.create(10)).cancel();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(closed).hasValue(1));
    }

    @Test
    void eachEventLoopKeepsItsOwnConnection() throws Exception {
        answerWith(0, token("a"), token("b"), last());
        List<Context> loops = twoEventLoops();

        // One after the other, so that a call could always take the idle connection of the call
        // before it: Vert.x's shared pool would, whatever event loop that connection lives on.
        for (Context loop : List.of(loops.get(0), loops.get(1), loops.get(0), loops.get(1))) {
            Thread thread = threadOf(loop);
            CompletableFuture<List<Thread>> tokensSeenOn = new CompletableFuture<>();
            loop.runOnContext(ignored -> {
                List<Thread> threads = new CopyOnWriteArrayList<>();
                client.start(PROMPT, null).subscribe().with(token -> threads.add(Thread.currentThread()),
                        tokensSeenOn::completeExceptionally, () -> tokensSeenOn.complete(threads));
            });
            assertThat(tokensSeenOn.get(10, TimeUnit.SECONDS)).as("threads the tokens arrived on").hasSize(2).containsOnly(thread);
            Thread.sleep(100); // the response has ended: its connection is idle in the pool
        }

        assertThat(opened).as("connections for four calls from two event loops").hasValue(2);
    }

    @Test
    void pastTheLimitACallWaitsUntilARunningOneEnds() throws Exception {
        answerWith(1_000, token("a"), last());
        OllamaStreamClient limited = new OllamaStreamClient(vertx, config(2), url());
        try {
            List<AssertSubscriber<String>> calls = List.of(subscribe(limited), subscribe(limited), subscribe(limited));

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(requests).hasValue(2));
            Thread.sleep(200);
            assertThat(requests).as("requests at the model while two streams run").hasValue(2);
            assertThat(limited.waiting()).isEqualTo(1);

            for (AssertSubscriber<String> call : calls) {
                call.awaitCompletion(Duration.ofSeconds(5)).assertItems("a");
            }
            assertThat(requests).hasValue(3);
        } finally {
            limited.close();
        }
    }

    @Test
    void aCallCancelledWhileWaitingIsNeverSentAndTakesNoTurn() throws Exception {
        answerWith(1_000, token("a"), last());
        OllamaStreamClient limited = new OllamaStreamClient(vertx, config(1), url());
        try {
            AssertSubscriber<String> running = subscribe(limited);
            AssertSubscriber<String> waiting = subscribe(limited);
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(requests).hasValue(1));
            Thread.sleep(200);
            assertThat(limited.waiting()).isEqualTo(1);

            waiting.cancel();
            assertThat(limited.waiting()).isZero();
            running.awaitCompletion(Duration.ofSeconds(5)).assertItems("a");
            subscribe(limited).awaitCompletion(Duration.ofSeconds(5)).assertItems("a");

            assertThat(requests).as("the cancelled call never reached the model").hasValue(2);
        } finally {
            limited.close();
        }
    }

    @Test
    void aRunningCallThatIsCancelledGivesItsTurnToTheNext() throws Exception {
        answerWith(300, token("a"), token("b"), token("c"), token("d"), token("e"), token("f"), last());
        OllamaStreamClient limited = new OllamaStreamClient(vertx, config(1), url());
        try {
            AssertSubscriber<String> running = subscribe(limited);
            AssertSubscriber<String> next = subscribe(limited);
            running.awaitItems(1, Duration.ofSeconds(5));

            running.cancel();

            // The first call alone would have run for another 1.5 s.
            await().atMost(Duration.ofMillis(1000)).untilAsserted(() -> assertThat(requests).hasValue(2));
            next.awaitCompletion(Duration.ofSeconds(5));
            assertThat(next.getItems()).hasSize(6);
        } finally {
            limited.close();
        }
    }

    @Test
    void aModelSilentForLongerThanTheTimeoutFailsTheCallAndFreesItsTurn() throws Exception {
        answerWith(5_000, token("a"), token("b"), last());
        OllamaStreamClient limited = new OllamaStreamClient(vertx, config(1, Duration.ofMillis(500)), url());
        try {
            AssertSubscriber<String> silent = subscribe(limited);

            Throwable failure = silent.awaitFailure(Duration.ofSeconds(3)).getFailure();
            silent.assertItems("a");
            assertThat(ModelFailures.classify(failure)).as("%s", failure).isEqualTo(ModelFailures.TIMEOUT);
            await().atMost(Duration.ofSeconds(3)).untilAsserted(() ->
                    assertThat(closed).as("the silent call's connection, closed so Ollama stops").hasValue(1));

            answerWith(0, token("c"), last());
            subscribe(limited).awaitCompletion(Duration.ofSeconds(3)).assertItems("c");
        } finally {
            limited.close();
        }
    }

    @Test
    void aSlowModelThatKeepsTalkingIsNotCutOff() {
        answerWith(250, token("a"), token("b"), token("c"), token("d"), token("e"), token("f"), token("g"), last());
        OllamaStreamClient shortTimeout = new OllamaStreamClient(vertx, config(1, Duration.ofMillis(1_000)), url());
        try {
            long start = System.nanoTime();
            subscribe(shortTimeout).awaitCompletion(Duration.ofSeconds(5)).assertItems("a", "b", "c", "d", "e", "f", "g");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the whole answer took longer than the timeout")
                    .isGreaterThan(Duration.ofMillis(1_500));
        } finally {
            shortTimeout.close();
        }
    }

    @Test
    void aCallThatWaitsLongerThanTheTimeoutForItsTurnFailsUnsent() throws Exception {
        answerWith(250, token("a"), token("b"), token("c"), token("d"), token("e"), token("f"), token("g"), last());
        OllamaStreamClient limited = new OllamaStreamClient(vertx, config(1, Duration.ofMillis(1_000)), url());
        try {
            AssertSubscriber<String> running = subscribe(limited);
            await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> assertThat(requests).hasValue(1));
            AssertSubscriber<String> waiting = subscribe(limited);

            Throwable failure = waiting.awaitFailure(Duration.ofSeconds(3)).getFailure();
            assertThat(ModelFailures.classify(failure)).as("%s", failure).isEqualTo(ModelFailures.TIMEOUT);
            assertThat(limited.waiting()).isZero();
            running.awaitCompletion(Duration.ofSeconds(5)).assertItems("a", "b", "c", "d", "e", "f", "g");
            assertThat(requests).as("the call that gave up never reached the model").hasValue(1);
        } finally {
            limited.close();
        }
    }

    private static AssertSubscriber<String> subscribe(OllamaStreamClient client) {
        return client.chat(PROMPT, null).subscribe().withSubscriber(AssertSubscriber.create(100));
    }

    /** Two event-loop contexts on different threads. */
    private List<Context> twoEventLoops() throws Exception {
        Context first = newContext();
        for (int i = 0; i < 16; i++) {
            Context other = newContext();
            if (threadOf(other) != threadOf(first)) {
                return List.of(first, other);
            }
        }
        throw new IllegalStateException("Vert.x gave every context the same event loop");
    }

    /** A new event-loop context: Vert.x gives each new thread one, taking its event loops in turn. */
    private Context newContext() throws Exception {
        CompletableFuture<Context> context = new CompletableFuture<>();
        new Thread(() -> context.complete(vertx.getOrCreateContext())).start();
        return context.get(5, TimeUnit.SECONDS);
    }

    private static Thread threadOf(Context context) throws Exception {
        CompletableFuture<Thread> thread = new CompletableFuture<>();
        context.runOnContext(ignored -> thread.complete(Thread.currentThread()));
        return thread.get(5, TimeUnit.SECONDS);
    }

    private String url() {
        return "http://localhost:" + server.actualPort();
    }

    private void answer(HttpServerRequest request) {
        request.body().onSuccess(body -> {
            requests.incrementAndGet();
            received.set(body.toString());
            NdjsonLines.write(vertx, request.response(), lines, 1, lineMs);
        });
    }

    private void answerWith(long everyMs, String... ndjson) {
        this.lineMs = everyMs;
        this.lines = List.of(ndjson);
    }

    private static List<String> tokens(Multi<String> stream) {
        return stream.collect().asList().await().atMost(Duration.ofSeconds(10));
    }

    private static String token(String text) {
        return "{\"message\":{\"role\":\"assistant\",\"content\":\"" + text + "\"},\"done\":false}";
    }

    private static String last() {
        return "{\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true}";
    }

    private static ModelConfig config(int maxStreams) {
        return config(maxStreams, Duration.ofSeconds(10));
    }

    private static ModelConfig config(int maxStreams, Duration timeout) {
        return new Config(maxStreams, timeout);
    }

    /** The model settings of these tests (a named class: ModelConfig's methods carry constraints). */
    private record Config(int maxStreams, Duration timeout) implements ModelConfig {
        public String baseUrl() {
            return "http://localhost:1";
        }

        public String name() {
            return "llama3.1:8b";
        }

        public double temperature() {
            return 0;
        }

        public int maxTokens() {
            return 100;
        }

        public int contextWindow() {
            return 2048;
        }

        public boolean logExchanges() {
            return false;
        }
    }
}
