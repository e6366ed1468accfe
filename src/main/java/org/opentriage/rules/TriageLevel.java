package org.opentriage.rules;

import java.util.Arrays;
import java.util.Optional;

/** The five levels of the contract. Lower number = more urgent; "escalate" means lower the number. */
public enum TriageLevel {
    EMERGENCY_AMBULANCE(1, "emergency_ambulance"),
    EMERGENCY(2, "emergency"),
    CONSULTATION_24(3, "consultation_24"),
    CONSULTATION(4, "consultation"),
    SELF_CARE(5, "self_care");

    private final int level;
    private final String code;

    TriageLevel(int level, String code) {
        this.level = level;
        this.code = code;
    }

    public int level() {
        return level;
    }

    public String code() {
        return code;
    }

    public boolean moreUrgentThan(TriageLevel other) {
        return level < other.level;
    }

    /** The more urgent of the two. */
    public TriageLevel mostUrgent(TriageLevel other) {
        return other.level < level ? other : this;
    }

    public static Optional<TriageLevel> ofLevel(int level) {
        return Arrays.stream(values()).filter(l -> l.level == level).findFirst();
    }

    public static TriageLevel fromLevel(int level) {
        return ofLevel(level).orElseThrow(() -> new IllegalArgumentException("no triage level " + level));
    }
}
