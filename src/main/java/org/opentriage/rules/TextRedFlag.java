package org.opentriage.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A red flag recognised in the patient's words: it fires when every one of its concepts is
 * affirmed in the text (see {@link ClinicalText}) and the patient is old enough.
 *
 * @param group      flags of one group describe one presentation; only the first that fires, in
 *                   table order (most urgent first), is reported
 * @param minAgeYears the flag applies from this age
 * @param maxAgeYears and below this one
 */
public record TextRedFlag(String code, String group, TriageLevel level, String description, double minAgeYears,
                          double maxAgeYears, List<Concept> allOf) {

    public static TextRedFlag of(String code, String group, TriageLevel level, String description, Concept... allOf) {
        return new TextRedFlag(code, group, level, description, 0, Double.MAX_VALUE, List.of(allOf));
    }

    /** One flag that fires on any of several combinations of concepts, with one description. */
    @SafeVarargs
    public static List<TextRedFlag> anyOf(String code, String group, TriageLevel level, String description,
                                          List<Concept>... alternatives) {
        return java.util.Arrays.stream(alternatives)
                .map(concepts -> new TextRedFlag(code, group, level, description, 0, Double.MAX_VALUE, List.copyOf(concepts)))
                .toList();
    }

    /** Applies from this age on. */
    public TextRedFlag fromAge(double years) {
        return new TextRedFlag(code, group, level, description, years, maxAgeYears, allOf);
    }

    /** Applies from {@code fromYears} up to, not including, {@code belowYears}. */
    public TextRedFlag forAges(double fromYears, double belowYears) {
        return new TextRedFlag(code, group, level, description, fromYears, belowYears, allOf);
    }

    /** The flag with the matched words as its trigger, if it fires. */
    public Optional<RedFlag> match(ClinicalPicture picture) {
        if (picture.ageYears() < minAgeYears || picture.ageYears() >= maxAgeYears) {
            return Optional.empty();
        }
        List<String> triggers = new ArrayList<>(allOf.size());
        for (Concept concept : allOf) {
            Optional<String> found = picture.text().findAffirmed(concept);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            triggers.add(found.get());
        }
        return Optional.of(new RedFlag(code, level, description, String.join(" + ", triggers)));
    }
}
