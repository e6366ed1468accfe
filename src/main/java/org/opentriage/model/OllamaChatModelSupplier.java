package org.opentriage.model;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import io.quarkiverse.langchain4j.jaxrsclient.JaxRsHttpClientBuilder;
import io.quarkus.arc.Arc;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Builds the Ollama chat model from run-time configuration. The extension fixes
 * {@code quarkus.langchain4j.ollama.chat-model.model-id} at build time; building the model here
 * lets an operator choose it with {@code TRIAGE_MODEL_NAME} on the same image. Retries are off:
 * the service has one deadline per answer and fails safe when it passes.
 */
public class OllamaChatModelSupplier implements Supplier<ChatModel> {

    static final String BASE_URL_KEY = "quarkus.langchain4j.ollama.base-url";
    static final String DEFAULT_BASE_URL = "http://localhost:11434";

    private volatile ChatModel model;

    @Override
    public ChatModel get() {
        ChatModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    model = build(Arc.container().instance(ModelConfig.class).get(), baseUrl());
                }
                m = model;
            }
        }
        return m;
    }

    public static String baseUrl() {
        return ConfigProvider.getConfig().getOptionalValue(BASE_URL_KEY, String.class).orElse(DEFAULT_BASE_URL);
    }

    static ChatModel build(ModelConfig config, String baseUrl) {
        return OllamaChatModel.builder()
                .httpClientBuilder(new JaxRsHttpClientBuilder())
                .baseUrl(baseUrl)
                .modelName(config.name())
                .temperature(config.temperature())
                .numPredict(config.maxTokens())
                .numCtx(config.contextWindow())
                .timeout(config.timeout())
                .maxRetries(0)
                .logRequests(config.logExchanges())
                .logResponses(config.logExchanges())
                .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                .build();
    }
}
