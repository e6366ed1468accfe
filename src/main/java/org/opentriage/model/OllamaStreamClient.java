package org.opentriage.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Ollama's streaming {@code POST /api/chat}, read line by line (NDJSON) on the Vert.x event loop.
 * Each line's {@code message.content} is emitted as it arrives; {@code "done": true} completes.
 * Cancelling the stream resets the HTTP request, so Ollama stops generating. Up to
 * {@link ModelConfig#maxStreams()} streams run at once, each on a pooled connection of the event
 * loop that started it, without a worker thread each; more wait their turn.
 *
 * <p>A call fails with a {@link TimeoutException} after {@link ModelConfig#timeout()} of silence:
 * waiting that long for its turn or a connection, or, once sent, hearing nothing from Ollama for
 * that long. One timer watches a whole call; a chunk received only notes the time, so there is no
 * timer per token.
 */
@ApplicationScoped
public class OllamaStreamClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One chat message. */
    public record Message(String role, String content) {
    }

    /** A JSON schema for Ollama's structured output ({@code format}), encoded once. */
    public record Format(String json) {
        public static Format of(JsonNode schema) {
            return new Format(schema.toString());
        }
    }

    private final ModelConfig config;
    private final Vertx vertx;
    private final HttpClientOptions options;
    private final URI base;
    private final StreamPermits permits;
    /** Calls made off the event loops (worker threads, tests) share one client. */
    private final HttpClient shared;
    /**
     * One client per event-loop thread. Vert.x's pool hands out the connection used last,
     * whatever its event loop, so with one shared pool a call's request and every one of its
     * tokens would cross to another thread and back; with a pool per loop they never leave the
     * thread that serves the patient's request.
     */
    private final Map<Thread, HttpClient> perLoop = new ConcurrentHashMap<>();

    @Inject
    public OllamaStreamClient(Vertx vertx, ModelConfig config) {
        this(vertx, config, config.baseUrl());
    }

    OllamaStreamClient(Vertx vertx, ModelConfig config, String baseUrl) {
        this.config = config;
        this.vertx = vertx;
        this.base = URI.create(baseUrl.replaceAll("/+$", ""));
        this.permits = new StreamPermits(config.maxStreams());
        // The permits bound the streams of the whole replica; each pool may grow to that bound.
        this.options = new HttpClientOptions()
                .setMaxPoolSize(config.maxStreams())
                .setKeepAlive(true)
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, config.timeout().toMillis()))
                .setIdleTimeout((int) Math.max(1, config.timeout().toSeconds()));
        this.shared = vertx.createHttpClient(options);
    }

    /** The model's tokens, from a call that starts when the stream is subscribed. */
    public Multi<String> chat(List<Message> messages, Format format) {
        return Multi.createFrom().deferred(() -> start(messages, format));
    }

    /**
     * Starts the model call now (or, when {@link ModelConfig#maxStreams()} are running, as soon
     * as one ends) and returns its tokens, kept until the stream is subscribed: a caller that
     * still has work to do (writing its own response) need not delay the model. Cancelling the
     * stream stops the call; a caller must subscribe or cancel.
     */
    public Multi<String> start(List<Message> messages, Format format) {
        UnicastProcessor<String> tokens = UnicastProcessor.create();
        Call call = new Call(tokens, body(messages, format), Vertx.currentContext());
        call.watch();
        permits.acquire(call);
        return tokens.onCancellation().invoke(call::cancel);
    }

    /** Model calls waiting for a running one to end. */
    int waiting() {
        return permits.waiting();
    }

    private HttpClient client() {
        return Context.isOnEventLoopThread()
                ? perLoop.computeIfAbsent(Thread.currentThread(), loop -> vertx.createHttpClient(options))
                : shared;
    }

    private RequestOptions requestOptions() {
        return new RequestOptions().setMethod(HttpMethod.POST).setHost(base.getHost())
                .setPort(base.getPort() > 0 ? base.getPort() : ("https".equals(base.getScheme()) ? 443 : 80))
                .setSsl("https".equals(base.getScheme())).setURI(base.getRawPath() + "/api/chat")
                .putHeader("Content-Type", "application/json");
    }

    /** The chat request, written straight to bytes; the system prompt and schema are the bulk of it. */
    private Buffer body(List<Message> messages, Format format) {
        ByteArrayBuilder bytes = new ByteArrayBuilder(4096);
        try (JsonGenerator json = JSON.getFactory().createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("model", config.name());
            json.writeBooleanField("stream", true);
            json.writeArrayFieldStart("messages");
            for (Message m : messages) {
                json.writeStartObject();
                json.writeStringField("role", m.role());
                json.writeStringField("content", m.content());
                json.writeEndObject();
            }
            json.writeEndArray();
            if (format != null) {
                json.writeFieldName("format");
                json.writeRawValue(format.json());
            }
            json.writeObjectFieldStart("options");
            json.writeNumberField("temperature", config.temperature());
            json.writeNumberField("num_predict", config.maxTokens());
            json.writeNumberField("num_ctx", config.contextWindow());
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Buffer.buffer(bytes.toByteArray());
    }

    /**
     * One model call: its permit, its HTTP request, whether its stream was cancelled (while it
     * waited for a permit or a connection, too), and its silence watch. It runs on the context
     * that started it.
     */
    private final class Call implements StreamPermits.Waiter {
        private final UnicastProcessor<String> tokens;
        private final Buffer body;
        private final Context context;
        private final long timeoutNanos = config.timeout().toNanos();
        /** When the call last heard from Ollama (or started): written for every chunk, read by the watch. */
        private volatile long lastHeard = System.nanoTime();
        private HttpClientRequest request;
        private boolean granted;
        private boolean cancelled;
        private boolean ended;
        private boolean timedOut;
        private long watch = -1;

        Call(UnicastProcessor<String> tokens, Buffer body, Context context) {
            this.tokens = tokens;
            this.body = body;
            this.context = context;
        }

        /**
         * Starts the silence watch: one timer for the whole call, not one per token. When it
         * fires after a chunk has come, it sleeps again for what is left of the timeout.
         */
        void watch() {
            arm(timeoutNanos);
        }

        private synchronized void arm(long nanos) {
            watch = vertx.setTimer(Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos)), id -> checkSilence());
        }

        private void checkSilence() {
            long silentNanos = System.nanoTime() - lastHeard;
            HttpClientRequest sent;
            synchronized (this) {
                if (ended || cancelled) {
                    return;
                }
                if (silentNanos < timeoutNanos) {
                    arm(timeoutNanos - silentNanos);
                    return;
                }
                timedOut = true;
                sent = request;
            }
            if (permits.withdraw(this)) {
                tokens.onError(timeout()); // it never ran
            } else if (sent != null) {
                sent.reset(); // Ollama stops generating; the failure that follows is reported as the timeout
            } // else it is connecting: started() resets it
        }

        private TimeoutException timeout() {
            return new TimeoutException("nothing from the model for " + config.timeout().toMillis() + " ms");
        }

        @Override
        public void granted() {
            if (context == null || Vertx.currentContext() == context) {
                send();
            } else {
                context.runOnContext(ignored -> send());
            }
        }

        private void send() {
            boolean stopped;
            synchronized (this) {
                granted = true;
                stopped = cancelled || timedOut;
            }
            if (stopped) {
                fail(timeout()); // a cancelled call is told nothing
                return;
            }
            client().request(requestOptions()).onFailure(this::fail).onSuccess(request -> {
                if (!started(request)) {
                    return;
                }
                request.send(body).onFailure(this::fail).onSuccess(this::read);
            });
        }

        private void read(HttpClientResponse response) {
            lastHeard = System.nanoTime();
            if (response.statusCode() != 200) {
                response.body().onComplete(ignored -> fail(new IllegalStateException("Ollama answered HTTP " + response.statusCode())));
                return;
            }
            StringBuilder pending = new StringBuilder();
            boolean[] done = {false};
            response.handler(chunk -> {
                lastHeard = System.nanoTime();
                pending.append(chunk.toString(StandardCharsets.UTF_8));
                int newline;
                while (!done[0] && (newline = pending.indexOf("\n")) >= 0) {
                    String line = pending.substring(0, newline).strip();
                    pending.delete(0, newline + 1);
                    if (!line.isEmpty()) {
                        try {
                            done[0] = line(line, tokens);
                        } catch (IOException | IllegalStateException e) {
                            // An answer that cannot be read is not finished: stop the model generating it
                            // (after failing, so that the failure says why, not "reset").
                            done[0] = true;
                            fail(e);
                            response.request().reset();
                        }
                    }
                }
            });
            response.exceptionHandler(this::fail);
            response.endHandler(ignored -> {
                if (!done[0]) {
                    String rest = pending.toString().strip();
                    try {
                        if (rest.isEmpty() || !line(rest, tokens)) {
                            fail(new IllegalStateException("Ollama's stream ended without done"));
                        }
                    } catch (IOException | IllegalStateException e) {
                        fail(e);
                    }
                }
                // Only a cancelled stream resets its request (Ollama stops generating); one that
                // ends normally leaves its connection in the pool for the next call.
                end();
            });
        }

        /** False when the stream was already cancelled or timed out: the request is reset instead of sent. */
        private boolean started(HttpClientRequest request) {
            boolean stopped;
            boolean silent;
            synchronized (this) {
                this.request = request;
                stopped = cancelled || timedOut;
                silent = timedOut;
            }
            if (stopped) {
                request.reset();
            }
            if (silent) {
                fail(timeout());
            }
            return !stopped;
        }

        /**
         * Fails the stream; a cancelled one has nobody to tell (its reset is the failure seen here),
         * and one that timed out is told so, whatever its reset looked like.
         */
        private void fail(Throwable failure) {
            end();
            boolean silent;
            synchronized (this) {
                if (cancelled) {
                    return;
                }
                silent = timedOut;
            }
            tokens.onError(silent ? timeout() : failure);
        }

        void cancel() {
            HttpClientRequest sent;
            synchronized (this) {
                cancelled = true;
                sent = request;
            }
            // A call taken out of the queue never ran: nothing to reset, and end() only stops its watch.
            if (!permits.withdraw(this) && sent != null) {
                sent.reset();
            }
            end();
        }

        /** Gives the permit back, once, if the call was given one; the watch stops. */
        private void end() {
            stopWatch();
            synchronized (this) {
                if (!granted || ended) {
                    return;
                }
                ended = true;
            }
            permits.release();
        }

        private void stopWatch() {
            long timer;
            synchronized (this) {
                timer = watch;
                watch = -1;
            }
            if (timer >= 0) {
                vertx.cancelTimer(timer);
            }
        }
    }

    /** Handles one NDJSON line; true when it was the last. Throws when the line is not JSON or is Ollama's error. */
    private static boolean line(String line, Flow.Subscriber<? super String> tokens) throws IOException {
        JsonNode node = JSON.readTree(line);
        if (node.hasNonNull("error")) {
            throw new IllegalStateException("Ollama error");
        }
        String content = node.path("message").path("content").asText("");
        if (!content.isEmpty()) {
            tokens.onNext(content);
        }
        if (node.path("done").asBoolean(false)) {
            tokens.onComplete();
            return true;
        }
        return false;
    }

    @PreDestroy
    void close() {
        shared.close();
        perLoop.values().forEach(HttpClient::close);
    }
}
