package org.opentriage.intake;

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

    public record Question(String text) implements StreamEvent {
        public String name() {
            return "question";
        }
    }

    /** The turn could not happen (unknown, expired or closed session; database down): in-band, the stream then ends. */
    public record Error(org.opentriage.common.Problem problem) implements StreamEvent {
        public String name() {
            return "error";
        }

        @Override
        public Object data() {
            return problem;
        }
    }

    /** The model has enough (or cannot ask): finish the session to get the triage. */
    public record Ready(boolean degraded) implements StreamEvent {
        public String name() {
            return "ready";
        }
    }
}
