package org.opentriage.rules;

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
    /**
     * The numbers of each flag's concepts, flag after flag ({@code from[i]} to {@code from[i + 1]}):
     * a flag one of whose concepts can start nowhere in the text cannot fire, and is passed over
     * without reading it.
     */
    private final int[] conceptIds;
    private final int[] from;

    public SymptomRedFlagRule() {
        this(RedFlagLexicon.FLAGS);
    }

    SymptomRedFlagRule(List<TextRedFlag> table) {
        this.table = table;
        this.from = new int[table.size() + 1];
        this.conceptIds = table.stream().flatMap(f -> f.allOf().stream()).mapToInt(Concept::id).toArray();
        for (int i = 0; i < table.size(); i++) {
            from[i + 1] = from[i] + table.get(i).allOf().size();
        }
    }

    @Override
    public List<RedFlag> evaluate(ClinicalPicture picture) {
        List<RedFlag> flags = new ArrayList<>();
        Set<String> groupsFired = new HashSet<>();
        ClinicalText text = picture.text();
        for (int i = 0; i < table.size(); i++) {
            if (!text.mayHaveAll(conceptIds, from[i], from[i + 1])) {
                continue;
            }
            TextRedFlag candidate = table.get(i);
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
