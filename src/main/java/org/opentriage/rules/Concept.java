package org.opentriage.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clinical concept: a regular expression over whole tokens of a {@link ClinicalText} clause,
 * and the starts a match can have, kept for all concepts together in {@link ConceptStarts}. A
 * lexicon concept is an alternation of up to a few hundred phrasings, and trying every one at every
 * token cost most of the rules' time; the starts let matching skip the tokens no phrasing can
 * start at, and the concepts that can start at none.
 *
 * <p>Where a token may start a match, only the phrasings that can start there are tried: for each
 * start ({@link ConceptStarts#row}) the concept keeps an expression of just those phrasings, in
 * their order. {@code java.util.regex} tries the phrasings of an alternation one by one, so a
 * lexicon concept read every phrasing's first node at every token it was tried at, each a cache
 * miss in a service between patients; the phrasings left out could not have matched there, and
 * the first that matches is the same one, so the match is the same.
 */
public final class Concept {

    private final Pattern pattern;
    /** The top-level phrasings of the alternation; one when the expression is not an alternation. */
    private final List<String> phrasings;
    /** Each phrasing alone, as a whole-token expression; made when first needed. */
    private volatile Pattern[] alone;
    /**
     * The expression for each start ({@link ConceptStarts#row}) tried so far, {@link #NONE} where no
     * phrasing can begin: an array, read with one memory access, since this runs at every token a
     * phrasing may start at; made when first needed.
     */
    private volatile AtomicReferenceArray<Pattern> byStart;
    /** Starts that share their phrasings share one expression. */
    private final Map<BitSet, Pattern> bySubset = new HashMap<>();
    /** This concept's bit in {@link ConceptStarts}. */
    private final int id;

    private static final Pattern NONE = Pattern.compile("(?!)");
    private static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?[idmsuxU-]");

    private Concept(String regex) {
        this.pattern = wholeTokens(regex);
        // Inline flags and class intersections reach across phrasings: such an expression stays whole.
        this.phrasings = INLINE_FLAGS.matcher(regex).find() || regex.contains("&&") ? List.of(regex) : topLevelAlternatives(regex);
        this.id = ConceptStarts.register(this::mayStartWith);
    }

    /** The expression matching only from the start of a token to the end of one. */
    private static Pattern wholeTokens(String regex) {
        return Pattern.compile("(?<![^ ])(?:" + regex + ")(?![^ ])");
    }

    /** A concept of whole tokens: it matches only from the start of a token to the end of one. */
    public static Concept phrase(String regex) {
        return new Concept(Normalizer.normalize(regex, Normalizer.Form.NFKC));
    }

    /** Whether a match could begin with these characters: it matches them, or more input could still match. */
    private boolean mayStartWith(String start) {
        return mayStartWith(pattern, start);
    }

    private static boolean mayStartWith(Pattern pattern, String start) {
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

    /**
     * The expression to try at a token whose start is {@code row} of {@link ConceptStarts}: the
     * phrasings that may start there, in order, or null when none may.
     */
    Pattern at(int row) {
        if (phrasings.size() == 1) {
            return pattern;
        }
        AtomicReferenceArray<Pattern> starts = byStart;
        if (starts == null) {
            synchronized (this) {
                starts = byStart;
                if (starts == null) {
                    byStart = starts = new AtomicReferenceArray<>(ConceptStarts.ROWS);
                }
            }
        }
        Pattern p = starts.get(row);
        if (p == null) {
            String start = ConceptStarts.startOf(row);
            p = start == null ? pattern : phrasingsFor(start);
            starts.set(row, p); // a race makes the same expression twice, never a wrong one
        }
        return p == NONE ? null : p;
    }

    /** The phrasings that may start with these characters, in order, as one expression; {@link #NONE} when none may. */
    private Pattern phrasingsFor(String start) {
        Pattern[] each = alone();
        BitSet subset = new BitSet(each.length);
        for (int i = 0; i < each.length; i++) {
            if (mayStartWith(each[i], start)) {
                subset.set(i);
            }
        }
        if (subset.isEmpty()) {
            return NONE;
        }
        if (subset.cardinality() == each.length) {
            return pattern;
        }
        synchronized (bySubset) {
            return bySubset.computeIfAbsent(subset, s -> {
                List<String> kept = new ArrayList<>(s.cardinality());
                s.stream().forEach(i -> kept.add(phrasings.get(i)));
                return wholeTokens(String.join("|", kept));
            });
        }
    }

    private Pattern[] alone() {
        Pattern[] each = alone;
        if (each == null) {
            each = new Pattern[phrasings.size()];
            for (int i = 0; i < each.length; i++) {
                each[i] = wholeTokens(phrasings.get(i));
            }
            alone = each;
        }
        return each;
    }

    /** A matcher of one of this concept's expressions for one clause; matches are tried from token starts. */
    static Matcher matcher(Pattern pattern, String clause) {
        return pattern.matcher(clause).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** The regular expression, for tests that check the table against plain searching. */
    Pattern pattern() {
        return pattern;
    }

    /** The top-level phrasings: split at each {@code |} outside groups, classes, quotes and escapes. */
    static List<String> topLevelAlternatives(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
                    int end = regex.indexOf("\\E", i + 2);
                    i = end < 0 ? regex.length() : end + 1;
                } else {
                    i++;
                }
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    i++; // "[]...]": a leading ']' is a member
                } else if (i + 2 < regex.length() && regex.charAt(i + 1) == '^' && regex.charAt(i + 2) == ']') {
                    i += 2;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(regex.substring(from));
        return List.copyOf(parts);
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
