package org.opentriage.testsupport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collects (vignette, final level, top differentials) and prints what a clinic reads before it
 * trusts a model: a confusion matrix of levels per category, under-triage of emergencies,
 * over-triage of the rest, and top-3 diagnosis hits.
 */
public final class TriageScore {

    private final String title;
    private final List<Vignette> under = new ArrayList<>();
    private final List<Vignette> over = new ArrayList<>();
    private final Map<Vignette.Category, int[]> matrix = new EnumMap<>(Vignette.Category.class);
    private int emergent;
    private int others;
    private int withDiagnosis;
    private int top3;

    public TriageScore(String title) {
        this.title = title;
    }

    public void add(Vignette v, int level, List<String> topConditions) {
        matrix.computeIfAbsent(v.category(), c -> new int[6])[level]++;
        if (v.category() == Vignette.Category.EMERGENT) {
            emergent++;
        } else {
            others++;
        }
        if (v.underTriaged(level)) {
            under.add(v);
        }
        if (v.overTriaged(level)) {
            over.add(v);
        }
        if (v.diagnosis() != null && topConditions != null) {
            withDiagnosis++;
            String expected = v.diagnosis().toLowerCase(Locale.ROOT);
            if (topConditions.stream().limit(3).map(c -> c.toLowerCase(Locale.ROOT))
                    .anyMatch(c -> c.contains(expected) || expected.contains(c))) {
                top3++;
            }
        }
    }

    public double emergentRecall() {
        return emergent == 0 ? 1 : 1 - (double) under.size() / emergent;
    }

    public double overTriageRate() {
        return others == 0 ? 0 : (double) over.size() / others;
    }

    /** How many answers were at level 5, self care. */
    public int selfCareAnswers() {
        return matrix.values().stream().mapToInt(counts -> counts[5]).sum();
    }

    public List<Vignette> underTriaged() {
        return under;
    }

    public List<Vignette> overTriaged() {
        return over;
    }

    public String report() {
        StringBuilder b = new StringBuilder();
        b.append("\n=== ").append(title).append(" ===\n");
        b.append(String.format("%-14s %6s %6s %6s %6s %6s%n", "category", "L1", "L2", "L3", "L4", "L5"));
        matrix.forEach((category, counts) -> b.append(String.format("%-14s %6d %6d %6d %6d %6d%n",
                category.name().toLowerCase(Locale.ROOT), counts[1], counts[2], counts[3], counts[4], counts[5])));
        b.append(String.format("emergent recall (level <= 2): %.1f %% (%d of %d)%n", 100 * emergentRecall(),
                emergent - under.size(), emergent));
        b.append(String.format("under-triage of emergent:     %.1f %%%n", 100 * (1 - emergentRecall())));
        b.append(String.format("over-triage of the others:    %.1f %% (%d of %d)%n", 100 * overTriageRate(), over.size(), others));
        if (withDiagnosis > 0) {
            b.append(String.format("top-3 diagnosis hits:         %.1f %% (%d of %d)%n", 100.0 * top3 / withDiagnosis, top3, withDiagnosis));
        }
        under.forEach(v -> b.append("  UNDER ").append(v.id()).append(": ").append(v.request().complaint()).append('\n'));
        over.forEach(v -> b.append("  OVER  ").append(v.id()).append(": ").append(v.request().complaint()).append('\n'));
        return b.toString();
    }
}
