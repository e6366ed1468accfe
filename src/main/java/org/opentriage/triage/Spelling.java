package org.opentriage.triage;

import java.util.Set;

/**
 * Corrects common misspellings of the clinical words the red flags rely on ("breathng",
 * "siezure", "unconcious", "vomitting"): a word of six letters or more that is one edit
 * (insertion, deletion, substitution or transposition of neighbours) from a word of
 * {@link #VOCABULARY} becomes that word. Real English words one edit from a clinical word
 * ("cooking" / "choking", "brushing" / "crushing") are listed in {@link #KEEP} and never changed.
 */
final class Spelling {

    static final int MIN_LENGTH = 6;

    static final Set<String> VOCABULARY = Set.of(
            "breathe", "breathing", "breathless", "breathlessness", "bleeding", "seizure", "seizures", "stroke",
            "suicide", "suicidal", "swelling", "swollen", "unconscious", "unresponsive", "sweating", "vomiting",
            "vomited", "testicle", "testicles", "pregnant", "pregnancy", "headache", "stiffness", "confused",
            "confusion", "drooping", "slurred", "slurring", "paralysed", "paralyzed", "numbness", "weakness",
            "tongue", "throat", "choking", "gasping", "overdose", "tablets", "paracetamol", "poison", "dengue",
            "platelets", "ketones", "diabetic", "diabetes", "insulin", "collapsed", "fainted", "allergic",
            "allergy", "anaphylaxis", "anaphylactic", "wheezing", "asthma", "inhaler", "pressure", "tightness",
            "crushing", "squeezing", "radiating", "clammy", "nausea", "nauseous", "diarrhoea", "diarrhea",
            "abdominal", "stomach", "appendicitis", "temperature", "feverish", "shivering", "meningitis",
            "snakebite", "accident", "injury", "fracture", "breath", "bitten", "cyanosis", "haemorrhage",
            "hemorrhage", "unwell", "emergency", "ambulance", "hospital", "fitting", "convulsion", "convulsions");

    static final Set<String> KEEP = Set.of(
            "strike", "swearing", "breeding", "bleeping", "cooking", "grasping", "rasping", "gaping", "painted",
            "tainted", "kitten", "mitten", "prison", "inhaled", "smelling", "spelling", "selling", "dwelling",
            "wreath", "strode", "brushing", "crashing", "seating", "bitter", "poisson", "breaths", "breathed",
            "sitting", "fitness", "pressures", "stomachs", "throats", "tongues", "strokes", "stroked", "injure",
            "injured", "accidents", "fractures", "tablet", "fainting", "faintest", "swallow", "swallen", "drooling");

    private Spelling() {
    }

    /** The space-separated tokens, each corrected where it is a near miss of a clinical word. */
    static String correct(String tokens) {
        if (tokens.isEmpty()) {
            return tokens;
        }
        String[] words = tokens.split(" ");
        for (int i = 0; i < words.length; i++) {
            words[i] = correctWord(words[i]);
        }
        return String.join(" ", words);
    }

    static String correctWord(String word) {
        if (word.length() < MIN_LENGTH || VOCABULARY.contains(word) || KEEP.contains(word) || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return word;
        }
        for (String candidate : VOCABULARY) {
            if (Math.abs(candidate.length() - word.length()) <= 1 && withinOneEdit(word, candidate)) {
                return candidate;
            }
        }
        return word;
    }

    /** Damerau–Levenshtein distance of at most one (adjacent transpositions count as one edit). */
    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (la == lb) {
            int first = -1;
            int diffs = 0;
            for (int i = 0; i < la; i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (diffs++ == 0) {
                        first = i;
                    }
                }
            }
            if (diffs == 1) {
                return true;
            }
            return diffs == 2 && first + 1 < la && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first) && a.substring(first + 2).equals(b.substring(first + 2));
        }
        String shorter = la < lb ? a : b;
        String longer = la < lb ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.substring(i).equals(longer.substring(i + 1));
    }
}
