package org.opentriage.common;



/**
 * One server-sent event of the triage and intake streams: its name and its JSON data. The events
 * both streams send are here; each feature adds its own ({@code TriageEvents}, {@code IntakeEvents}).
 */
public interface StreamEvent {

    /** The SSE event name. */
    String name();

    /** The SSE event's JSON data: the event itself, unless it wraps a case, a session or a problem. */
    default Object data() {
        return this;
    }

    /** Model output as it is generated. */
    record Token(String text) implements StreamEvent {
        public String name() {
            return "token";
        }
    }

    /** In-band failure (a 200 is already sent): the problem, and the stream then ends. */
    record Error(Problem data) implements StreamEvent {
        public String name() {
            return "error";
        }
    }
}
