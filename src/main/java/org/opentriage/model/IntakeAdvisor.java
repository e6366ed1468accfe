package org.opentriage.model;

import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.opentriage.patient.Patient;

/** Streams the intake model's next question, or its "DONE" when it has enough. */
@ApplicationScoped
public class IntakeAdvisor {

    public static final String PROMPT_VERSION = "intake-v2";
    static final String SYSTEM_RESOURCE = "prompts/intake-system-v2.txt";
    /** What the model answers when it needs no more. */
    public static final String DONE = "DONE";

    private final OllamaStreamClient ollama;
    private final String system;

    public IntakeAdvisor(OllamaStreamClient ollama) {
        this.ollama = ollama;
        this.system = TriagePrompt.resource(SYSTEM_RESOURCE);
    }

    /** One turn of the conversation so far: who spoke ({@code patient} or the assistant) and what was said. */
    public record Turn(boolean fromPatient, String text) {
    }

    public Multi<String> nextQuestion(Patient patient, String language, List<Turn> turns) {
        List<OllamaStreamClient.Message> messages = new ArrayList<>();
        messages.add(new OllamaStreamClient.Message("system", system + "\nPatient: age " + patient.age().value() + " "
                + patient.age().unit().name().toLowerCase() + (patient.sex() == null ? "" : ", " + patient.sex().name().toLowerCase())
                + ". Language (BCP-47): " + language + "."));
        for (Turn turn : turns) {
            messages.add(new OllamaStreamClient.Message(turn.fromPatient() ? "user" : "assistant", turn.text()));
        }
        return ollama.chat(messages, null);
    }

    public static boolean isDone(String answer) {
        return answer.strip().toUpperCase().startsWith(DONE);
    }
}
