package org.opentriage.triage;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clinical concept: a regular expression over whole tokens of a {@link ClinicalText} clause,
 * and the starts a match can have, kept for all concepts together in {@link ConceptStarts}. A
 * lexicon concept is an alternation of up to a few hundred phrasings, and trying every one at every
 * token cost most of the rules' time; the starts let matching skip the tokens no phrasing can
 * start at, and the concepts that can start at none.
 */
public final class Concept {

    private final Pattern pattern;
    /** This concept's bit in {@link ConceptStarts}. */
    private final int id;

    private Concept(Pattern pattern) {
        this.pattern = pattern;
        this.id = ConceptStarts.register(this::mayStartWith);
    }

    /** A concept of whole tokens: it matches only from the start of a token to the end of one. */
    public static Concept phrase(String regex) {
        String normalised = Normalizer.normalize(regex, Normalizer.Form.NFKC);
        return new Concept(Pattern.compile("(?<![^ ])(?:" + normalised + ")(?![^ ])"));
    }

    /** Whether a match could begin with these characters: it matches them, or more input could still match. */
    private boolean mayStartWith(String start) {
        Matcher m = pattern.matcher(start);
        return m.lookingAt() || m.hitEnd();
    }

    /** False only when no match can start at this index of the clause. */
    boolean mayStartAt(String clause, int index) {
        return ConceptStarts.mayStart(ConceptStarts.rows()[ConceptStarts.row(clause, index)], id);
    }

    int id() {
        return id;
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
