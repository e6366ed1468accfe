package org.opentriage.model;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * The Ollama settings, read at run time (changing them needs a restart, not a rebuild): the one
 * source for the chat model, the streaming client and the health check.
 */
@ConfigMapping(prefix = "triage.model")
public interface ModelConfig {

    /**
     * Ollama's base URL. Set it with {@code QUARKUS_LANGCHAIN4J_OLLAMA_BASE_URL} (the extension's
     * own key, which {@code application.properties} maps here); default {@code http://localhost:11434}.
     */
    String baseUrl();

    /** Ollama model tag, e.g. {@code llama3.1:8b}. Env: {@code TRIAGE_MODEL_NAME}. */
    @WithDefault("llama3.1:8b")
    String name();

    /**
     * Longest wait for one model answer, connection included. Past it the case is answered in
     * degraded mode. Env: {@code TRIAGE_MODEL_TIMEOUT}.
     */
    @WithDefault("60s")
    Duration timeout();

    /** Sampling temperature; 0 makes answers repeatable. Env: {@code TRIAGE_MODEL_TEMPERATURE}. */
    @WithDefault("0.0")
    double temperature();

    /** Largest number of tokens the model may generate for one answer. */
    @WithDefault("1024")
    int maxTokens();

    /** Context window requested from Ollama, in tokens. */
    @WithDefault("4096")
    int contextWindow();

    /**
     * Most model streams one replica runs at once (its connection pool to Ollama); more wait their
     * turn. Env: {@code TRIAGE_MODEL_MAX_STREAMS}; below 1 the service refuses to start.
     */
    @WithDefault("1000")
    @Min(1)
    int maxStreams();

    /** Log prompts and answers (contains patient data: never in production). */
    @WithDefault("false")
    boolean logExchanges();
}
