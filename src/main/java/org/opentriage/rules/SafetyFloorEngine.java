package org.opentriage.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opentriage.patient.TriageRequest;

/**
 * Runs every {@link SafetyRule} and the discriminator screen; the floor is the most urgent level
 * any flag or screening answer requires.
 */
@ApplicationScoped
public class SafetyFloorEngine {

    private final List<SafetyRule> rules;
    private final ScreeningEngine screening;

    @Inject
    public SafetyFloorEngine(Instance<SafetyRule> rules, ScreeningEngine screening) {
        this(rules.stream().toList(), screening);
    }

    /** The given rules, with the screen of the knowledge base on the classpath. */
    SafetyFloorEngine(List<SafetyRule> rules) {
        this(rules, new ScreeningEngine(KnowledgeBaseLoader.standard()));
    }

    SafetyFloorEngine(List<SafetyRule> rules, ScreeningEngine screening) {
        this.rules = List.copyOf(rules);
        this.screening = screening;
    }

    /**
     * The floor of a request. Unknown presentations, unknown question ids and answers of the wrong
     * type are refused ({@link org.opentriage.common.InvalidFieldsException}) before any rule runs.
     */
    public SafetyFloor evaluate(TriageRequest request) {
        Screening screen = screening.screen(request);
        ClinicalPicture picture = ClinicalPicture.of(request);
        List<RedFlag> flags = new ArrayList<>();
        for (SafetyRule rule : rules) {
            flags.addAll(rule.evaluate(picture));
        }
        flags.addAll(screen.findings());
        flags.sort(Comparator.comparing((RedFlag f) -> f.level().level()).thenComparing(RedFlag::code));
        TriageLevel floor = flags.stream().map(RedFlag::level).reduce(TriageLevel.SELF_CARE, TriageLevel::mostUrgent);
        return new SafetyFloor(floor, List.copyOf(flags), picture.news2(), screen);
    }
}
