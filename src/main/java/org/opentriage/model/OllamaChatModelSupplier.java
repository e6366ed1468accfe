package org.opentriage.model;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import io.quarkiverse.langchain4j.jaxrsclient.JaxRsHttpClientBuilder;
import io.quarkus.arc.Arc;
import java.util.function.Supplier;

/**
 * Builds the Ollama chat model from run-time configuration ({@link ModelConfig}). The extension
 * instantiates this supplier itself, so the settings are looked up, not injected. The extension fixes
 * {@code quarkus.langchain4j.ollama.chat-model.model-id} at build time; building the model here
 * lets an operator choose it with {@code TRIAGE_MODEL_NAME} on the same image. Retries are off:
 * the service has one deadline per answer and fails safe when it passes.
 */
public class OllamaChatModelSupplier implements Supplier<ChatModel> {

    private volatile ChatModel model;

    @Override
    public ChatModel get() {
        ChatModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    model = build(Arc.container().instance(ModelConfig.class).get());
                }
                m = model;
            }
        }
        return m;
    }

    static ChatModel build(ModelConfig config) {
        return OllamaChatModel.builder()
                .httpClientBuilder(new JaxRsHttpClientBuilder())
                .baseUrl(config.baseUrl())
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
