package org.opentriage.ai;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.service.output.JsonSchemas;
import io.quarkiverse.langchain4j.ollama.OllamaStreamingChatLanguageModel;
import io.quarkiverse.langchain4j.ollama.Options;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.opentriage.api.TriageRequest;
import org.opentriage.config.ModelConfig;
import org.opentriage.triage.SafetyFloor;

/**
 * The same assessment as {@link TriageAssistant}, streamed: the model writes the JSON of
 * {@link ModelAssessment} (same schema in Ollama's {@code format}) token by token; the tokens go
 * to the client as they come and the whole text is parsed and validated at the end. quarkus-
 * langchain4j cannot stream a record, so this talks to the streaming chat model directly.
 * Cancelling the returned stream cancels the model call.
 */
@ApplicationScoped
public class StreamingAdvisor {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final ModelConfig config;
    /** The JSON schema of {@link ModelAssessment}, as Ollama takes it in {@code format}. */
    private final String format;
    private volatile StreamingChatModel model;

    public StreamingAdvisor(ModelConfig config) {
        this.config = config;
        try {
            this.format = JSON.writeValueAsString(JsonSchemaElementUtils.toMap(
                    JsonSchemas.jsonSchemaFrom(ModelAssessment.class).orElseThrow().rootElement()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The model's tokens, in order; fails on any model error. */
    public Multi<String> tokens(TriageRequest request, SafetyFloor floor) {
        ChatRequest chat = ChatRequest.builder()
                .messages(SystemMessage.from(TriagePrompt.systemText()), UserMessage.from(TriagePrompt.describe(request, floor)))
                .build();
        return Multi.createFrom().emitter(emitter -> {
            AtomicReference<StreamingHandle> handle = new AtomicReference<>();
            AtomicBoolean cancelled = new AtomicBoolean();
            emitter.onTermination(() -> {
                if (emitter.isCancelled()) {
                    cancelled.set(true);
                    StreamingHandle h = handle.get();
                    if (h != null) {
                        h.cancel();
                    }
                }
            });
            model().chat(chat, new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                    handle.set(context.streamingHandle());
                    if (cancelled.get()) {
                        context.streamingHandle().cancel();
                    } else {
                        onPartialResponse(partial.text());
                    }
                }

                @Override
                public void onPartialResponse(String token) {
                    if (!cancelled.get() && token != null && !token.isEmpty()) {
                        emitter.emit(token);
                    }
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    emitter.complete();
                }

                @Override
                public void onError(Throwable error) {
                    emitter.fail(error);
                }
            });
        });
    }

    /** The streamed text as a model answer; throws if it is not the expected JSON. */
    public static ModelAssessment parse(String text) throws java.io.IOException {
        return JSON.readValue(text.strip(), ModelAssessment.class);
    }

    private StreamingChatModel model() {
        StreamingChatModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    // The extension's streaming client (Quarkus REST, NDJSON as a Multi) streams
                    // token by token; the format is the record's schema.
                    model = OllamaStreamingChatLanguageModel.builder()
                            .baseUrl(OllamaChatModelSupplier.baseUrl())
                            .model(config.name())
                            .format(format)
                            .options(Options.builder().temperature(config.temperature())
                                    .numPredict(config.maxTokens()).numCtx(config.contextWindow()).build())
                            .timeout(config.timeout())
                            .logRequests(config.logExchanges())
                            .logResponses(config.logExchanges())
                            .build();
                }
                m = model;
            }
        }
        return m;
    }
}
