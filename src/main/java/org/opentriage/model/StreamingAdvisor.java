package org.opentriage.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.service.output.JsonSchemas;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.opentriage.patient.TriageRequest;
import org.opentriage.rules.SafetyFloor;

/**
 * The same assessment as {@link TriageAssistant}, streamed: the model writes the JSON of
 * {@link ModelAssessment} (same schema in Ollama's {@code format}) token by token; the tokens go
 * to the client as they come and the whole text is parsed and validated at the end. quarkus-
 * langchain4j cannot stream a record, so this talks to Ollama's streaming API directly
 * ({@link OllamaStreamClient}). Cancelling the returned stream cancels the model call.
 */
@ApplicationScoped
public class StreamingAdvisor {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final OllamaStreamClient ollama;
    /** The JSON schema of {@link ModelAssessment}, as Ollama takes it in {@code format}. */
    private final OllamaStreamClient.Format format;

    public StreamingAdvisor(OllamaStreamClient ollama) {
        this.ollama = ollama;
        this.format = OllamaStreamClient.Format.of(JSON.valueToTree(JsonSchemaElementUtils.toMap(
                JsonSchemas.jsonSchemaFrom(ModelAssessment.class).orElseThrow().rootElement())));
    }

    /**
     * Starts the model call now; the returned tokens, in order, are kept until subscribed and
     * fail on any model error. The caller must subscribe or cancel.
     */
    public Multi<String> start(TriageRequest request, SafetyFloor floor) {
        return ollama.start(List.of(new OllamaStreamClient.Message("system", TriagePrompt.systemText()),
                new OllamaStreamClient.Message("user", TriagePrompt.describe(request, floor))), format);
    }

    /** The streamed text as a model answer; throws if it is not the expected JSON. */
    public static ModelAssessment parse(String text) throws java.io.IOException {
        return JSON.readValue(text.strip(), ModelAssessment.class);
    }
}
