package org.opentriage.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;

/**
 * NEWS2 thresholds as floors (RCP 2017, Chart 2 and the clinical response in Table 3): 7 or more
 * needs an emergency response → ambulance; 5–6 an urgent response → emergency department; a score
 * of 3 in any single parameter an urgent review → emergency department. A partial score (some
 * parameters not given) is a lower bound: it applies when it already reaches a threshold.
 */
@ApplicationScoped
public class News2Rule implements SafetyRule {

    @Override
    public List<RedFlag> evaluate(ClinicalPicture picture) {
        return picture.news2().map(this::flags).orElse(List.of());
    }

    private List<RedFlag> flags(News2Score s) {
        if (s.total() >= 7) {
            return List.of(new RedFlag("news2_high", TriageLevel.EMERGENCY_AMBULANCE,
                    "NEWS2 score is " + s.total() + partial(s) + " (7 or more): the vital signs show high clinical risk.",
                    "NEWS2 " + s.total()));
        }
        if (s.total() >= 5) {
            return List.of(new RedFlag("news2_medium", TriageLevel.EMERGENCY,
                    "NEWS2 score is " + s.total() + partial(s) + " (5 or 6): the vital signs need urgent assessment.",
                    "NEWS2 " + s.total()));
        }
        if (s.hasSingleParameterThree()) {
            String red = s.components().stream().filter(c -> c.points() == 3)
                    .map(c -> c.parameter() + " " + c.value()).collect(Collectors.joining(", "));
            return List.of(new RedFlag("news2_single_parameter", TriageLevel.EMERGENCY,
                    "One vital sign is in NEWS2's red band (" + red + "): it needs urgent review.", red));
        }
        return List.of();
    }

    /** A partial score says so: it is a lower bound, the true score may be higher. */
    private static String partial(News2Score s) {
        return s.partial() ? " or more (partial: " + String.join(", ", s.missing()) + " not given)" : "";
    }
}
