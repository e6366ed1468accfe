package org.opentriage.triage;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Red flags in the complaint and symptom names, from the table in {@link RedFlagLexicon}. */
@ApplicationScoped
public class SymptomRedFlagRule implements SafetyRule {

    private final List<TextRedFlag> table;

    public SymptomRedFlagRule() {
        this(RedFlagLexicon.FLAGS);
    }

    SymptomRedFlagRule(List<TextRedFlag> table) {
        this.table = table;
    }

    @Override
    public List<RedFlag> evaluate(ClinicalPicture picture) {
        List<RedFlag> flags = new ArrayList<>();
        Set<String> groupsFired = new HashSet<>();
        for (TextRedFlag candidate : table) {
            if (groupsFired.contains(candidate.group())) {
                continue;
            }
            Optional<RedFlag> fired = candidate.match(picture);
            if (fired.isPresent()) {
                flags.add(fired.get());
                groupsFired.add(candidate.group());
            }
        }
        return flags;
    }
}
