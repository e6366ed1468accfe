package org.opentriage.triage;

import java.util.List;
import java.util.UUID;
import org.opentriage.cases.CaseView;
import org.opentriage.cases.News2View;
import org.opentriage.common.Problem;
import org.opentriage.cases.RedFlagView;
import org.opentriage.cases.TriageView;

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
