package org.opentriage.service;

import java.util.List;
import java.util.UUID;
import org.opentriage.api.CaseView;
import org.opentriage.api.News2View;
import org.opentriage.api.Problem;
import org.opentriage.api.RedFlagView;
import org.opentriage.api.TriageView;

/** The events of {@code POST /api/v1/triage/stream}, in the contract's order. */
public sealed interface TriageStreamEvent {

    /** The SSE event name. */
    String name();

    /** The SSE event's JSON data: the event itself, unless it wraps a case or a problem. */
    default Object data() {
        return this;
    }

    /** The rules floor, before the model is called. */
    record Accepted(UUID id, TriageView triage, List<RedFlagView> redFlags, News2View news2) implements TriageStreamEvent {
        public String name() {
            return "accepted";
        }
    }

    record Token(String text) implements TriageStreamEvent {
        public String name() {
            return "token";
        }
    }

    record Result(CaseView data) implements TriageStreamEvent {
        public String name() {
            return "result";
        }
    }

    record Error(Problem data) implements TriageStreamEvent {
        public String name() {
            return "error";
        }
    }
}
