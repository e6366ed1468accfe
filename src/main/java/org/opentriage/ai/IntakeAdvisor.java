package org.opentriage.ai;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.opentriage.Transcript;
import org.opentriage.api.Patient;
import org.opentriage.config.ModelConfig;

/** Streams the intake model's next question, or its "DONE" when it has enough. */
@ApplicationScoped
public class IntakeAdvisor {

    public static final String PROMPT_VERSION = "intake-v1";
    static final String SYSTEM_RESOURCE = "prompts/intake-system-v1.txt";
    /** What the model answers when it needs no more. */
    public static final String DONE = "DONE";

    private final ModelConfig config;
    private final String system;
    private volatile StreamingChatModel model;

    public IntakeAdvisor(ModelConfig config) {
        this.config = config;
        this.system = TriagePrompt.resource(SYSTEM_RESOURCE);
    }

    public Multi<String> nextQuestion(Patient patient, String language, Transcript transcript) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(system + "\nPatient: age " + patient.age().value() + " "
                + patient.age().unit().name().toLowerCase() + (patient.sex() == null ? "" : ", " + patient.sex().name().toLowerCase())
                + ". Language (BCP-47): " + language + "."));
        for (Transcript.Turn turn : transcript.turns()) {
            messages.add(turn.role().equals("patient") ? UserMessage.from(turn.text()) : AiMessage.from(turn.text()));
        }
        return OllamaStreaming.tokens(model(), ChatRequest.builder().messages(messages).build());
    }

    public static boolean isDone(String answer) {
        return answer.strip().toUpperCase().startsWith(DONE);
    }

    private StreamingChatModel model() {
        StreamingChatModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    model = OllamaStreaming.build(config, null);
                }
                m = model;
            }
        }
        return m;
    }
}
