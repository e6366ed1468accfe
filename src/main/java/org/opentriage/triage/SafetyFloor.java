package org.opentriage.triage;

import java.util.List;
import java.util.Optional;

/**
 * What the rules decided: the floor (least urgent level allowed), the red flags that set it, most
 * urgent first, and the NEWS2 score where it applies.
 */
public record SafetyFloor(TriageLevel floor, List<RedFlag> redFlags, Optional<News2Score> news2) {
}
