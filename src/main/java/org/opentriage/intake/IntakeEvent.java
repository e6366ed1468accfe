package org.opentriage.intake;

import java.util.List;
import org.opentriage.cases.RedFlagView;
import org.opentriage.cases.TriageView;

/** The events of an intake turn: the session, then interrupt, or tokens and a question, or ready. */
public sealed interface IntakeEvent {

    /** The SSE event name. */
    String name();

    /** The SSE event's JSON data: the event itself, unless it wraps a session or a problem. */
    default Object data() {
        return this;
    }

    record Session(IntakeView session) implements IntakeEvent {
        public String name() {
            return "session";
        }

        @Override
        public Object data() {
            return session;
        }
    }

    /** A red flag fired: the interview stops and the patient is told what to do now. */
    record Interrupt(TriageView triage, List<RedFlagView> redFlags, String advice) implements IntakeEvent {
        public String name() {
            return "interrupt";
        }
    }

    record Token(String text) implements IntakeEvent {
        public String name() {
            return "token";
        }
    }

    record Question(String text) implements IntakeEvent {
        public String name() {
            return "question";
        }
    }

    /** The turn could not happen (unknown, expired or closed session; database down): in-band, the stream then ends. */
    record Error(org.opentriage.common.Problem problem) implements IntakeEvent {
        public String name() {
            return "error";
        }

        @Override
        public Object data() {
            return problem;
        }
    }

    /** The model has enough (or cannot ask): finish the session to get the triage. */
    record Ready(boolean degraded) implements IntakeEvent {
        public String name() {
            return "ready";
        }
    }
}
