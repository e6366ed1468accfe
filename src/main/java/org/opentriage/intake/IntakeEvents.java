package org.opentriage.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.opentriage.cases.RedFlagView;
import org.opentriage.cases.TriageView;
import org.opentriage.common.StreamEvent;

/**
 * The events only the intake streams send; with {@link StreamEvent.Token} and {@link StreamEvent.Error}:
 * the session, then interrupt, or tokens and a question, or ready.
 */
public final class IntakeEvents {

    private IntakeEvents() {
    }

    public record Session(IntakeView session) implements StreamEvent {
        public String name() {
            return "session";
        }

        @Override
        public Object data() {
            return session;
        }
    }

    /** A red flag fired: the interview stops and the patient is told what to do now. */
    public record Interrupt(TriageView triage, List<RedFlagView> redFlags, String advice) implements StreamEvent {
        public String name() {
            return "interrupt";
        }
    }

    /**
     * A question for the patient: the service's own screening question ({@code id}, {@code answerType}
     * and, for a number, {@code unit} set, so an app can offer yes/no buttons or a number field),
     * or the model's (those three null).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Question(String text, String id, String answerType, String unit) implements StreamEvent {

        public Question(String text) {
            this(text, null, null, null);
        }

        public String name() {
            return "question";
        }
    }

    /** The model has enough (or cannot ask): finish the session to get the triage. */
    public record Ready(boolean degraded) implements StreamEvent {
        public String name() {
            return "ready";
        }
    }
}
