package org.opentriage.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules decided: the floor (least urgent level allowed), the red flags that set it, most
 * urgent first, and the NEWS2 score where it applies.
 */
public record SafetyFloor(TriageLevel floor, List<RedFlag> redFlags, Optional<News2Score> news2) {

    /** Codes of the self-harm group: their advice carries the crisis line. */
    static final Set<String> SELF_HARM_CODES = Set.of("suicidal_intent", "overdose");

    public boolean selfHarm() {
        return redFlags.stream().anyMatch(f -> SELF_HARM_CODES.contains(f.code()));
    }
}
