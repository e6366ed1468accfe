package org.opentriage.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Multi;
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
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
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

    /** The model's tokens; {@code format} is a JSON schema for structured output, or null for text. */
    public Multi<String> chat(List<Message> messages, JsonNode format) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", config.name());
        body.put("stream", true);
        ArrayNode list = body.putArray("messages");
        messages.forEach(m -> list.addObject().put("role", m.role()).put("content", m.content()));
        if (format != null) {
            body.set("format", format);
        }
        body.putObject("options").put("temperature", config.temperature())
                .put("num_predict", config.maxTokens()).put("num_ctx", config.contextWindow());
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost(base.getHost())
                .setPort(base.getPort() > 0 ? base.getPort() : ("https".equals(base.getScheme()) ? 443 : 80))
                .setSsl("https".equals(base.getScheme())).setURI(base.getRawPath() + "/api/chat")
                .putHeader("Content-Type", "application/json").setIdleTimeout(config.timeout().toMillis());

        return Multi.createFrom().emitter(emitter -> {
            AtomicReference<HttpClientRequest> current = new AtomicReference<>();
            // Only a cancelled stream resets its request (Ollama stops generating); one that ends
            // normally leaves its connection in the pool for the next stream.
            emitter.onCancellation(() -> {
                HttpClientRequest request = current.get();
                if (request != null) {
                    request.reset();
                }
            });
            http.request(options).onFailure(emitter::fail).onSuccess(request -> {
                current.set(request);
                request.send(Buffer.buffer(body.toString())).onFailure(emitter::fail).onSuccess(response -> {
                    if (response.statusCode() != 200) {
                        response.body().onComplete(ignored -> emitter.fail(
                                new IllegalStateException("Ollama answered HTTP " + response.statusCode())));
                        return;
                    }
                    StringBuilder pending = new StringBuilder();
                    boolean[] done = {false};
                    response.handler(chunk -> {
                        pending.append(chunk.toString(java.nio.charset.StandardCharsets.UTF_8));
                        int newline;
                        while (!done[0] && (newline = pending.indexOf("\n")) >= 0) {
                            String line = pending.substring(0, newline).strip();
                            pending.delete(0, newline + 1);
                            if (!line.isEmpty()) {
                                try {
                                    done[0] = line(line, emitter);
                                } catch (java.io.IOException | IllegalStateException e) {
                                    // An answer that cannot be read is not finished: stop the model generating it
                                    // (after failing, so that the failure says why, not "reset").
                                    done[0] = true;
                                    emitter.fail(e);
                                    request.reset();
                                }
                            }
                        }
                    });
                    response.exceptionHandler(emitter::fail);
                    response.endHandler(ignored -> {
                        if (!done[0]) {
                            String rest = pending.toString().strip();
                            try {
                                if (rest.isEmpty() || !line(rest, emitter)) {
                                    emitter.fail(new IllegalStateException("Ollama's stream ended without done"));
                                }
                            } catch (java.io.IOException | IllegalStateException e) {
                                emitter.fail(e);
                            }
                        }
                    });
                });
            });
        });
    }

    /** Handles one NDJSON line; true when it was the last. Throws when the line is not JSON or is Ollama's error. */
    private static boolean line(String line, io.smallrye.mutiny.subscription.MultiEmitter<? super String> emitter)
            throws java.io.IOException {
        JsonNode node = JSON.readTree(line);
        if (node.hasNonNull("error")) {
            throw new IllegalStateException("Ollama error");
        }
        String content = node.path("message").path("content").asText("");
        if (!content.isEmpty()) {
            emitter.emit(content);
        }
        if (node.path("done").asBoolean(false)) {
            emitter.complete();
            return true;
        }
        return false;
    }

    @PreDestroy
    void close() {
        http.close();
    }
}
