package org.opentriage.ai;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.service.output.JsonSchemas;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
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
        return OllamaStreaming.tokens(model(), chat);
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
                    model = OllamaStreaming.build(config, format);
                }
                m = model;
            }
        }
        return m;
    }
}
