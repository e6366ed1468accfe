package org.opentriage.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules decided: the floor (least urgent level allowed), the red flags that set it, most
 * urgent first (the screen's positive answers among them), the NEWS2 score where it applies, and
 * the discriminator screen.
 */
public record SafetyFloor(TriageLevel floor, List<RedFlag> redFlags, Optional<News2Score> news2, Screening screening) {

    /** Whether the screen is complete: the only floor after which a case may be self care. */
    public boolean screenComplete() {
        return screening != null && screening.complete();
    }

    /**
     * The least urgent level the service may give before the model is heard: the floor, and no less
     * urgent than a routine consultation while the screen is incomplete (contract invariant 4).
     */
    public TriageLevel leastUrgentAllowed() {
        return screenComplete() ? floor : floor.mostUrgent(TriageLevel.CONSULTATION);
    }

    public String rulesVersion() {
        return screening == null ? null : screening.rulesVersion();
    }

    /** Codes of the self-harm group: their advice carries the crisis line. */
    static final Set<String> SELF_HARM_CODES = Set.of("suicidal_intent", "overdose");

    public boolean selfHarm() {
        return redFlags.stream().anyMatch(f -> SELF_HARM_CODES.contains(f.code()));
    }
}
