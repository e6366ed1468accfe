package org.opentriage.ai;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
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
import java.util.concurrent.Flow;
import org.opentriage.config.ModelConfig;

/**
 * Ollama's streaming {@code POST /api/chat}, read line by line (NDJSON) on the Vert.x event loop.
 * Each line's {@code message.content} is emitted as it arrives; {@code "done": true} completes.
 * Cancelling the stream resets the HTTP request, so Ollama stops generating. Its own connection
 * pool ({@link ModelConfig#maxStreams()}) lets many streams run at once without a worker thread each.
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
    private final HttpClient http;
    private final URI base;

    @Inject
    public OllamaStreamClient(Vertx vertx, ModelConfig config) {
        this(vertx, config, OllamaChatModelSupplier.baseUrl());
    }

    OllamaStreamClient(Vertx vertx, ModelConfig config, String baseUrl) {
        this.config = config;
        this.base = URI.create(baseUrl.replaceAll("/+$", ""));
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(config.maxStreams())
                .setKeepAlive(true)
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, config.timeout().toMillis()))
                .setIdleTimeout((int) Math.max(1, config.timeout().toSeconds())));
    }

    /** The model's tokens, from a call that starts when the stream is subscribed. */
    public Multi<String> chat(List<Message> messages, Format format) {
        return Multi.createFrom().deferred(() -> start(messages, format));
    }

    /**
     * Starts the model call now and returns its tokens, kept until the stream is subscribed: a
     * caller that still has work to do (writing its own response) need not delay the model.
     * Cancelling the stream stops the call; a caller must subscribe or cancel.
     */
    public Multi<String> start(List<Message> messages, Format format) {
        UnicastProcessor<String> tokens = UnicastProcessor.create();
        Call call = new Call(tokens);
        Buffer body = body(messages, format);
        http.request(requestOptions()).onFailure(call::fail).onSuccess(request -> {
            if (!call.started(request)) {
                return;
            }
            request.send(body).onFailure(call::fail).onSuccess(response -> {
                if (response.statusCode() != 200) {
                    response.body().onComplete(ignored -> call.fail(
                            new IllegalStateException("Ollama answered HTTP " + response.statusCode())));
                    return;
                }
                StringBuilder pending = new StringBuilder();
                boolean[] done = {false};
                response.handler(chunk -> {
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
                                call.fail(e);
                                request.reset();
                            }
                        }
                    }
                });
                response.exceptionHandler(call::fail);
                response.endHandler(ignored -> {
                    if (!done[0]) {
                        String rest = pending.toString().strip();
                        try {
                            if (rest.isEmpty() || !line(rest, tokens)) {
                                call.fail(new IllegalStateException("Ollama's stream ended without done"));
                            }
                        } catch (IOException | IllegalStateException e) {
                            call.fail(e);
                        }
                    }
                });
            });
        });
        // Only a cancelled stream resets its request (Ollama stops generating); one that ends
        // normally leaves its connection in the pool for the next call.
        return tokens.onCancellation().invoke(call::cancel);
    }

    private RequestOptions requestOptions() {
        return new RequestOptions().setMethod(HttpMethod.POST).setHost(base.getHost())
                .setPort(base.getPort() > 0 ? base.getPort() : ("https".equals(base.getScheme()) ? 443 : 80))
                .setSsl("https".equals(base.getScheme())).setURI(base.getRawPath() + "/api/chat")
                .putHeader("Content-Type", "application/json").setIdleTimeout(config.timeout().toMillis());
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

    /** The HTTP request of one call, and whether its stream was cancelled (before the request existed, too). */
    private static final class Call {
        private final Flow.Subscriber<String> tokens;
        private HttpClientRequest request;
        private boolean cancelled;

        Call(Flow.Subscriber<String> tokens) {
            this.tokens = tokens;
        }

        /** False when the stream was already cancelled: the request is reset instead of sent. */
        synchronized boolean started(HttpClientRequest request) {
            this.request = request;
            if (cancelled) {
                request.reset();
            }
            return !cancelled;
        }

        /** Fails the stream; a cancelled one has nobody to tell (its reset is the failure seen here). */
        void fail(Throwable failure) {
            synchronized (this) {
                if (cancelled) {
                    return;
                }
            }
            tokens.onError(failure);
        }

        synchronized void cancel() {
            cancelled = true;
            if (request != null) {
                request.reset();
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
        http.close();
    }
}
