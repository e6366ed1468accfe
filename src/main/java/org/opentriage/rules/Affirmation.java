package org.opentriage.rules;

import java.util.Set;
import java.util.regex.Pattern;
import org.opentriage.common.MatchingText;

/**
 * Whether a patient's answer says yes to the question it answers, so that the question's words
 * count as the patient's own ("Do you have any chest pain?" / "yes"): the answer begins with a
 * yes ("Yes", "yeah, since this morning", "haan", "हाँ", "a little", "sometimes"), and the
 * question asks about now, not the past ("Have you ever had a stroke?" / "yes" is history, not a
 * stroke now; ConText, Harkema et al. 2009). Anything else ("no", "not really", "three days") is
 * the patient's words alone. Erring towards yes errs towards a red flag firing.
 */
public final class Affirmation {

    /** English, Hinglish and Hindi (Devanagari) ways to begin a yes. */
    private static final Set<String> YES = Set.of(
            "yes", "yess", "yeah", "yea", "yeh", "yep", "yup", "ya", "yah", "y", "sometimes", "occasionally",
            "slightly", "mildly", "haan", "haa", "han", "ha", "hanji", "haanji", "ji", "jee", "kabhi", "kabhie",
            "thoda", "thodi", "thora", "thori", "हाँ", "हां", "हा", "जी", "कभी", "थोड़ा", "थोड़ी", "थोडा", "थोडी");
    /** Two-word beginnings: "a little", "a bit", "little bit". */
    private static final Set<String> YES_PAIRS = Set.of("a little", "a bit", "little bit", "kind of", "sort of");
    /** Words that put a question in the past. */
    private static final Set<String> PAST = Set.of(
            "ever", "before", "previously", "previous", "past", "history", "ago", "childhood", "pehle", "pahle",
            "पहले", "कभी");
    /** English, Hinglish and Hindi ways to begin a no. */
    private static final Set<String> NO = Set.of(
            "no", "nope", "nah", "na", "not", "never", "none", "nahi", "nahin", "nhi", "nai", "nahee",
            "नहीं", "नही", "ना", "न");
    /** Ways to say "I cannot tell". */
    private static final Set<String> DONT_KNOW = Set.of(
            "dont know", "don t know", "do not know", "can t tell", "not sure", "no idea", "unsure", "unknown", "cannot tell", "cant tell",
            "pata nahi", "pata nahin", "pata nhi", "maloom nahi", "malum nahi", "पता नहीं", "मालूम नहीं", "नहीं पता");
    private static final Pattern NON_TOKEN = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private Affirmation() {
    }

    /** Whether {@code answer} says yes to {@code question}, a question about now. */
    public static boolean affirms(String question, String answer) {
        if (question == null || answer == null) {
            return false;
        }
        return beginsWithYes(answer) && java.util.Arrays.stream(tokens(question)).noneMatch(PAST::contains);
    }

    /** Whether a reply to a closed question begins with a yes ("yes", "haan", "हाँ", "a little"). */
    public static boolean beginsWithYes(String answer) {
        String[] words = tokens(answer);
        return YES.contains(words[0]) || words.length > 1 && YES_PAIRS.contains(words[0] + " " + words[1]);
    }

    /** Whether a reply begins with a no ("no", "nahi", "नहीं", "not really"), and is not "I don't know". */
    public static boolean beginsWithNo(String answer) {
        return NO.contains(tokens(answer)[0]) && !saysDontKnow(answer);
    }

    /** Whether a reply says the patient cannot tell ("don't know", "pata nahi", "पता नहीं"). */
    public static boolean saysDontKnow(String answer) {
        String text = " " + String.join(" ", tokens(answer)) + " ";
        return DONT_KNOW.stream().anyMatch(phrase -> text.contains(" " + phrase + " "));
    }

    private static String[] tokens(String text) {
        return NON_TOKEN.matcher(MatchingText.normalise(text))
                .replaceAll(" ").strip().split(" ");
    }
}
