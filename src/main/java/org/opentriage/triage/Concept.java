package org.opentriage.triage;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clinical concept: a regular expression over whole tokens of a {@link ClinicalText} clause,
 * plus the first two characters a match can start with. A lexicon concept is an alternation of up
 * to a few hundred phrasings, and trying every one at every token cost most of the rules' time;
 * the table lets matching skip the tokens no phrasing can start at. It is built by asking the
 * pattern itself about each two-character start ({@link Matcher#hitEnd()}: more input could still
 * match), so it can only skip starts that cannot match. A Devanagari first character is looked up
 * alone (Hindi words start with a consonant or vowel that few phrasings share); other characters
 * are always tried.
 */
public final class Concept {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 ";

    private final Pattern pattern;
    private final boolean[] first = new boolean[ALPHABET.length()];
    private final boolean[][] pair = new boolean[ALPHABET.length()][ALPHABET.length()];
    /** The Devanagari block, U+0900 to U+097F. */
    private static final char DEVANAGARI_FIRST = '\u0900';
    private static final char DEVANAGARI_LAST = '\u097F';
    private final boolean[] devanagari = new boolean[DEVANAGARI_LAST - DEVANAGARI_FIRST + 1];

    private Concept(Pattern pattern) {
        this.pattern = pattern;
        for (char c = DEVANAGARI_FIRST; c <= DEVANAGARI_LAST; c++) {
            devanagari[c - DEVANAGARI_FIRST] = mayStartWith(String.valueOf(c));
        }
        for (int a = 0; a < ALPHABET.length(); a++) {
            first[a] = mayStartWith(String.valueOf(ALPHABET.charAt(a)));
            for (int b = 0; first[a] && b < ALPHABET.length(); b++) {
                pair[a][b] = mayStartWith("" + ALPHABET.charAt(a) + ALPHABET.charAt(b));
            }
        }
    }

    /** A concept of whole tokens: it matches only from the start of a token to the end of one. */
    public static Concept phrase(String regex) {
        String normalised = Normalizer.normalize(regex, Normalizer.Form.NFKC);
        return new Concept(Pattern.compile("(?<![^ ])(?:" + normalised + ")(?![^ ])"));
    }

    private boolean mayStartWith(String start) {
        Matcher m = pattern.matcher(start);
        return m.lookingAt() || m.hitEnd();
    }

    /** False only when no match can start at this index of the clause. */
    boolean mayStartAt(String clause, int index) {
        char c = clause.charAt(index);
        if (c >= DEVANAGARI_FIRST && c <= DEVANAGARI_LAST) {
            return devanagari[c - DEVANAGARI_FIRST];
        }
        int a = indexOf(c);
        if (a < 0) {
            return true;
        }
        if (!first[a]) {
            return false;
        }
        int b = index + 1 < clause.length() ? indexOf(clause.charAt(index + 1)) : -1;
        return b < 0 || pair[a][b];
    }

    /** The character's place in {@link #ALPHABET}, or -1: computed, since this runs for every token and concept. */
    private static int indexOf(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 26 + (c - '0');
        }
        return c == ' ' ? 36 : -1;
    }

    /** A matcher for one clause; matches are tried from token starts (see {@link ClinicalText#findAffirmed}). */
    Matcher matcher(String clause) {
        return pattern.matcher(clause).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** The regular expression, for tests that check the table against plain searching. */
    Pattern pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
