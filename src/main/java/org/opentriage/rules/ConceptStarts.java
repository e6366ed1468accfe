package org.opentriage.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;

/**
 * For every way a token can start, the concepts a match may start with there: one row of bits
 * per start (the token's first two characters), one bit per {@link Concept}. A text looks up one
 * row per token and learns at once which concepts it need never try; the concepts it skips are not
 * touched at all. In the service a patient's request comes after seconds of other work, when the
 * lexicon has left the processor's caches, and reading one small table per concept at every token
 * cost more than the matching (see {@code RulesBenchmarkIT}, cold caches).
 *
 * <p>Rows: a pair of {@link #ALPHABET} characters; an alphabet character followed by another
 * character or by nothing; a Devanagari character, looked up alone (Hindi words start with a
 * consonant or vowel that few phrasings share). A token that starts with any other character may
 * start any concept. A pair followed by a third alphabet character has a sharper row of its own
 * ({@link #third}), made the first time a text has that start. A row's bit is set when {@link java.util.regex.Matcher#hitEnd()} says that
 * more input could still match, so a clear bit only skips starts that cannot match.
 */
final class ConceptStarts {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 ";
    private static final int LETTERS = ALPHABET.length();
    private static final char DEVANAGARI_FIRST = '\u0900';
    private static final char DEVANAGARI_LAST = '\u097F';
    private static final int LONE = LETTERS * LETTERS;
    private static final int DEVANAGARI = LONE + LETTERS;
    private static final int ANY = DEVANAGARI + (DEVANAGARI_LAST - DEVANAGARI_FIRST + 1);
    /** How many rows there are: {@link #row} is below it. */
    static final int ROWS = ANY + 1;
    /** Concepts a row has room for before the rows grow: the lexicon has under 300. */
    private static final int INITIAL_CAPACITY = 512;

    /**
     * Grown by copying; bits are only ever set. A reader takes {@link #registered()} before the
     * rows and trusts only the bits of concepts numbered below it: those were set before it.
     */
    private static volatile long[][] rows = rows(INITIAL_CAPACITY / Long.SIZE);
    private static volatile int registered;
    /** Each concept's test, by number, for the rows of three characters. */
    private static final List<Predicate<String>> tests = new ArrayList<>();
    /**
     * Rows for a pair followed by a third alphabet character, made when a text first has such a
     * token (there are 37 times more of them than pairs, and most never occur), and brought up to
     * date when concepts were made since.
     */
    private static final AtomicReferenceArray<Third> thirds = new AtomicReferenceArray<>(LONE * LETTERS);

    /** A row for three characters, holding the bits of the concepts numbered below {@code covers}. */
    record Third(long[] bits, int covers) {
    }

    private ConceptStarts() {
    }

    /** A new concept's number, after setting its bits from what its pattern says about each start. */
    static synchronized int register(Predicate<String> mayStartWith) {
        int id = registered;
        long[][] current = rows;
        if (id / Long.SIZE >= current[0].length) {
            long[][] grown = rows(current[0].length * 2);
            for (int r = 0; r < ANY; r++) {
                System.arraycopy(current[r], 0, grown[r], 0, current[r].length);
            }
            current = grown;
        }
        for (char c = DEVANAGARI_FIRST; c <= DEVANAGARI_LAST; c++) {
            set(current[DEVANAGARI + c - DEVANAGARI_FIRST], id, mayStartWith.test(String.valueOf(c)));
        }
        for (int a = 0; a < LETTERS; a++) {
            boolean first = mayStartWith.test(String.valueOf(ALPHABET.charAt(a)));
            set(current[LONE + a], id, first);
            for (int b = 0; first && b < LETTERS; b++) {
                set(current[a * LETTERS + b], id, mayStartWith.test("" + ALPHABET.charAt(a) + ALPHABET.charAt(b)));
            }
        }
        rows = current;
        tests.add(mayStartWith);
        registered = id + 1;
        return id;
    }

    /**
     * The row for a token whose first two characters are {@code row} and whose third is the
     * character at {@code index + 2}, or null when the token's row is not a pair or that character is
     * outside the alphabet. Made on first sight from the pair's row, testing only the concepts the
     * pair allows; it covers every concept registered when it is returned.
     */
    static Third third(String clause, int index, int row) {
        if (row >= LONE || index + 2 >= clause.length()) {
            return null;
        }
        int c = indexOf(clause.charAt(index + 2));
        if (c < 0) {
            return null;
        }
        int key = row * LETTERS + c;
        Third third = thirds.get(key);
        return third != null && third.covers() == registered ? third : makeThird(key);
    }

    /** Makes the row, or adds the concepts registered since it was made. */
    private static synchronized Third makeThird(int key) {
        Third old = thirds.get(key);
        int covers = registered;
        if (old != null && old.covers() == covers) {
            return old;
        }
        long[] pair = rows[key / LETTERS];
        String start = startOf(key / LETTERS) + ALPHABET.charAt(key % LETTERS);
        long[] bits = Arrays.copyOf(old == null ? new long[0] : old.bits(), pair.length);
        for (int id = old == null ? 0 : old.covers(); id < covers; id++) {
            set(bits, id, mayStart(pair, id) && tests.get(id).test(start));
        }
        Third third = new Third(bits, covers);
        thirds.set(key, third);
        return third;
    }

    /** How many concepts have their bits set; read before {@link #rows()}. */
    static int registered() {
        return registered;
    }

    /** The rows now. */
    static long[][] rows() {
        return rows;
    }

    /** The row for a token starting at {@code index} of the clause. */
    static int row(String clause, int index) {
        char c = clause.charAt(index);
        if (c >= DEVANAGARI_FIRST && c <= DEVANAGARI_LAST) {
            return DEVANAGARI + c - DEVANAGARI_FIRST;
        }
        int a = indexOf(c);
        if (a < 0) {
            return ANY;
        }
        int b = index + 1 < clause.length() ? indexOf(clause.charAt(index + 1)) : -1;
        return b < 0 ? LONE + a : a * LETTERS + b;
    }

    /**
     * The characters every token of this row starts with, as {@link #register} tested them: two,
     * one (an alphabet character followed by no other, or a Devanagari character), or null for the
     * row of tokens that may start anything.
     */
    static String startOf(int row) {
        if (row < LONE) {
            return "" + ALPHABET.charAt(row / LETTERS) + ALPHABET.charAt(row % LETTERS);
        }
        if (row < DEVANAGARI) {
            return String.valueOf(ALPHABET.charAt(row - LONE));
        }
        return row < ANY ? String.valueOf((char) (DEVANAGARI_FIRST + row - DEVANAGARI)) : null;
    }

    /** Whether the concept numbered {@code id}, one of the {@link #registered()}, may start where the row says. */
    static boolean mayStart(long[] row, int id) {
        return (row[id / Long.SIZE] & (1L << id)) != 0;
    }

    /** The character's place in {@link #ALPHABET}, or -1: computed, since this runs for every token. */
    private static int indexOf(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 26 + (c - '0');
        }
        return c == ' ' ? 36 : -1;
    }

    private static long[][] rows(int words) {
        long[][] rows = new long[ANY + 1][words];
        Arrays.fill(rows[ANY], -1L);
        return rows;
    }

    private static void set(long[] row, int id, boolean on) {
        if (on) {
            row[id / Long.SIZE] |= 1L << id;
        }
    }
}
