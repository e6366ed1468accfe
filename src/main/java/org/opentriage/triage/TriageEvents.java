package org.opentriage.triage;

import java.util.List;
import java.util.UUID;
import org.opentriage.cases.CaseView;
import org.opentriage.cases.News2View;
import org.opentriage.cases.RedFlagView;
import org.opentriage.cases.TriageView;
import org.opentriage.common.StreamEvent;

/**
 * The events only {@code POST /api/v1/triage/stream} sends; with {@link StreamEvent.Token} and
 * {@link StreamEvent.Error}, in the contract's order: accepted, tokens, then result or error.
 */
public final class TriageEvents {

    private TriageEvents() {
    }

    /** The rules floor, before the model is called. */
    public record Accepted(UUID id, TriageView triage, List<RedFlagView> redFlags, News2View news2) implements StreamEvent {
        public String name() {
            return "accepted";
        }
    }

    public record Result(CaseView data) implements StreamEvent {
        public String name() {
            return "result";
        }
    }
}
