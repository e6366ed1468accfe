package org.opentriage.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks Ollama which models it has ({@code GET /api/tags}), without blocking the caller. */
@ApplicationScoped
public class OllamaProbe {

    static final Duration TIMEOUT = Duration.ofSeconds(3);

    /** {@code reachable}: Ollama answered; {@code modelAvailable}: the configured model is pulled. */
    public record State(String baseUrl, String model, boolean reachable, boolean modelAvailable, String error) {
    }

    private final ModelConfig config;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public OllamaProbe(ModelConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    public Uni<State> probe() {
        String baseUrl = config.baseUrl();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(baseUrl.replaceAll("/+$", "") + "/api/tags"))
                    .timeout(TIMEOUT).GET().build();
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().item(new State(baseUrl, config.name(), false, false, "invalid base URL"));
        }
        return Uni.createFrom().completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                .map(response -> state(baseUrl, response))
                .onFailure().recoverWithItem(e -> new State(baseUrl, config.name(), false, false, e.getClass().getSimpleName()));
    }

    private State state(String baseUrl, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return new State(baseUrl, config.name(), false, false, "HTTP " + response.statusCode());
        }
        boolean available = false;
        try {
            for (JsonNode m : json.readTree(response.body()).path("models")) {
                String name = m.path("name").asText(m.path("model").asText());
                if (name.equals(config.name()) || name.equals(config.name() + ":latest")) {
                    available = true;
                }
            }
        } catch (Exception e) {
            return new State(baseUrl, config.name(), true, false, "unreadable model list");
        }
        return new State(baseUrl, config.name(), true, available, available ? null : "model not pulled");
    }
}
