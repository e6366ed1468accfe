package org.opentriage.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opentriage.patient.TriageRequest;

/** Runs every {@link SafetyRule}; the floor is the most urgent level any flag requires. */
@ApplicationScoped
public class SafetyFloorEngine {

    private final List<SafetyRule> rules;

    @Inject
    public SafetyFloorEngine(Instance<SafetyRule> rules) {
        this(rules.stream().toList());
    }

    SafetyFloorEngine(List<SafetyRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public SafetyFloor evaluate(TriageRequest request) {
        ClinicalPicture picture = ClinicalPicture.of(request);
        List<RedFlag> flags = new ArrayList<>();
        for (SafetyRule rule : rules) {
            flags.addAll(rule.evaluate(picture));
        }
        flags.sort(Comparator.comparing((RedFlag f) -> f.level().level()).thenComparing(RedFlag::code));
        TriageLevel floor = flags.stream().map(RedFlag::level).reduce(TriageLevel.SELF_CARE, TriageLevel::mostUrgent);
        return new SafetyFloor(floor, List.copyOf(flags), picture.news2());
    }
}
