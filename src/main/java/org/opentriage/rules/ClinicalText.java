package org.opentriage.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentriage.common.MatchingText;

/**
 * The patient's own words, normalised for matching: lower case, NFKC, apostrophes dropped
 * ("can't" → "cant"), split into clauses at sentence punctuation and at words that end a
 * negation's reach ("but", "however"…), each clause a string of single-space separated tokens.
 *
 * <p>Negation follows NegEx (Chapman et al., J Biomed Inform 2001): a finding is negated when a
 * negation trigger stands within {@value #NEGATION_WINDOW} tokens before it in the same clause
 * ("no chest pain", "denies breathlessness"), or when a Hindi negation follows it closely
 * ("seene mein dard nahi hai", only across filler words: "khoon beh raha hai, ruk nahi raha" stays
 * positive, and so does a negation before a verb of stopping: "10 minute se nahi ruk raha"). Misspelt clinical words are corrected first (see {@link Spelling}). Pseudo-triggers ("not stop", "not able", "not sure") do not negate:
 * "bleeding that does not stop" stays positive; nor does a negation that says the finding is new:
 * "never had chest pain like this" is chest pain now. Following ConText, a finding placed in the past
 * ("history of stroke", "had a stroke last year", "two years ago"; weeks and hours stay current) is not the complaint now.
 */
public final class ClinicalText {

    static final int NEGATION_WINDOW = 5;
    private static final int POST_NEGATION_WINDOW = 3;

    private static final Set<String> PRE_NEGATIONS = Set.of(
            "no", "not", "denies", "denied", "deny", "denying", "without", "never", "nor", "neither",
            "dont", "doesnt", "didnt", "isnt", "wasnt", "havent", "hasnt", "hadnt", "arent", "werent",
            "negative", "nil", "absent",
            // "non-bloody diarrhoea" (the hyphen is a space here): the prefix negates the word after it
            "non");
    private static final Set<String> PSEUDO_NEGATION_FOLLOWERS = Set.of(
            "stop", "stops", "stopping", "stopped", "improve", "improving", "improved", "better", "relief",
            "relieved", "able", "sure", "only", "help", "helping", "helped", "go", "going", "settle", "settling",
            "responding", "response", "waking", "wake", "change", "certain", "feeling", "sensation", "strength", "power",
            "movement", "improvement", "difference", "just", "merely",
            // "he is not himself": a change in behaviour, not a negation of what follows
            "himself", "herself", "themselves", "myself", "yourself");
    /** ConText (Harkema et al., J Biomed Inform 2009): findings in the past are not the complaint now. */
    private static final Set<String> PRE_HISTORICAL = Set.of("history", "previous", "previously", "prior", "past");
    private static final Pattern POST_HISTORICAL = Pattern.compile(
            "^(\\S+ ){0,4}?(((\\d+|a|an|one|two|three|four|five|six|few|many|several) )?(years?|months?) (ago|back)|last year|in the past|in (19|20)\\d\\d"
                    // childhood: "had a seizure when he was a baby", "asthma as a child"
                    + "|when (i|he|she|they|we) (was|were) (a |an )?(baby|babies|child|children|kid|kids|toddler|infant|newborn|young|little|small|teenager|in school)"
                    + "|as (a |an )?(baby|child|kid|toddler|infant|newborn|teenager)|in (my|his|her|their) (childhood|infancy|teens))( |$)");
    /** The same before the finding, as Hindi says it: "pichle saal stroke hua tha", "2 saal pehle", "bachpan mein". */
    private static final Pattern PRE_HISTORICAL_PHRASE = Pattern.compile(
            "(^| )((pichle|pichhle|पिछले) (saal|sal|varsh|साल|वर्ष)|(\\d+|ek|do|teen|char|paanch|kai|das|एक|दो|तीन|चार|पांच|पाँच|छह|सात|आठ|दस|कई) (saal|sal|varsh|mahine|mahina|साल|वर्ष|महीने) (pehle|pahle|पहले)"
                    + "|(bachpan|बचपन) (mein|me|में))( |$)");
    /**
     * A finding placed in the past that has come back is the complaint now: "had chest pain last
     * year, it is back now", "history of fits, and again today", "pichle saal hua tha, aaj phir se".
     */
    private static final Pattern RECURRENCE = Pattern.compile(
            "(^| )((it|its|it is|it has|they|theyre|they are|they have|the pain|the pain is|the pain has) (is |has |have )?(back(?! (to (normal|work|school|usual)|pain|ache|aches|hurts|side|of|passage))|come back|came back|returned|recurred|started again|happening again|happened again)"
                    + "|again (now|today|tonight|this morning|since)|now again|today again|(phir|fir) se|dobara|dubara|फिर से|दोबारा)( |$)");
    /**
     * Phrases that turn "never had X" into "X, for the first time": a patient who has "never had
     * a headache like this" has one now, and "first or worst" is itself a warning (NICE CKS,
     * Headache: assessment, red flags). Plain "never had X" and "never had X before" stay negated.
     */
    private static final Pattern NOVELTY = Pattern.compile(
            "(^| )(like (this|that|it)|(this|so|as) (bad|severe|strong|intense|painful)|such)( |$)");
    /** The same right after the finding, or one word on: "chest pain like this", "pain quite this bad". */
    private static final Pattern NOVELTY_AFTER = Pattern.compile(
            "^(\\S+ )?(like (this|that|it)|(this|so|as) (bad|severe|strong|intense|painful))( |$)");
    /**
     * After "and", a word that starts a new statement ends a negation's reach (a termination term,
     * as NegEx's "but"): "no fever and my arm is numb" is a numb arm, "not eating and is drowsy"
     * is drowsy; "no fever and cough" still negates both.
     */
    private static final Set<String> NEW_SUBJECT = Set.of(
            "my", "his", "her", "their", "our", "your", "the", "he", "she", "i", "im", "ive", "it", "its", "there",
            "theres", "this", "we", "they", "now", "then", "suddenly", "also", "today",
            // a new predicate of the same subject: "he is not eating and is very drowsy"
            "is", "was", "are", "were", "has", "had", "have", "seems", "seemed", "looks", "looked", "became", "keeps",
            "kept", "feels", "felt", "cant", "cannot", "can",
            // an event that is a new predicate: "hasn't eaten for days and fainted" fainted
            "fainted", "collapsed", "vomited",
            // an intensified predicate: "no pee since morning and very drowsy" is drowsy
            "very", "really", "extremely", "so");
    /**
     * A comma before a new statement ends a negation like "and" does: "not eating, has a urine
     * infection" has an infection; "no fever, cough or cold" still negates all three.
     */
    private static final Pattern COMMA_NEW_STATEMENT = Pattern.compile(
            ",\\s*(?=(?:" + String.join("|", NEW_SUBJECT) + ")(?:\\s|$))");
    private static final Set<String> POST_NEGATIONS = Set.of(
            "nahi", "nahin", "nai", "नहीं", "नही", "none", "absent", "denied", "negative");
    /** After a Hindi negation, verbs of stopping: "nahi ruk raha" (will not stop) keeps the finding. */
    private static final Set<String> POST_PSEUDO_NEGATION_FOLLOWERS = Set.of(
            "ruk", "rukta", "rukti", "rukte", "rukega", "thamta", "tham", "band", "रुक", "रुकता", "रुकती", "रुकते", "थम", "बंद");
    /**
     * "Koi bleeding ya paani nahi" (no bleeding or water): after "koi" (any), a following negation
     * reaches back over a list joined by "ya"/"or" (never "aur"/"and": "chest pain aur saans nahi
     * aa rahi" is chest pain with breathlessness).
     */
    private static final Set<String> LIST_OR = Set.of("ya", "or", "या");
    private static final Set<String> ANY = Set.of("koi", "कोई", "any");
    /** Words that may stand between a finding and a following negation: "dard bilkul nahi hai". */
    private static final Set<String> POST_NEGATION_FILLERS = Set.of(
            "bilkul", "to", "toh", "bhi", "hai", "ho", "koi", "बिलकुल", "बिल्कुल", "तो", "भी", "है", "कोई", "is", "was");
    /**
     * A test of the finding that came back negative: "dengue test negative", "malaria report came
     * negative". Only with "negative" right after: "chest pain, test nahi karaya" stays chest pain.
     */
    private static final Pattern TEST_NEGATIVE = Pattern.compile(
            "^(test|tests|report|result|results|card test|ns1|igm)( (is|was|came|came out|has come|aaya|aayi|hai))* (negative|neg|-ve)( |$)");
    /**
     * Hindi "par" is "but" between statements and "on" after a noun or a verbal noun: "sir par chot"
     * (a blow on the head), "dabane par" (on pressing). After a word ending in "-ne" or a word for a
     * part of the body or a place, it is "on" and does not break the clause.
     */
    private static final String PAR_AS_ON = "(?<!(?:ne|sir|sar|pair|per|haath|hath|chehre|muh|munh|pet|kamar|aankh|gardan|peeth|pith|chhati|chaati"
            + "|hont|kaan|naak|baaju|kandhe|tang|maathe|gaal|jeebh|twacha|skin|body|badan|sharir|ungli|angoothe|jagah|chhat|zameen|jameen|floor"
            + "|bistar|palang|sadak|road|seedhi|ghaav|ghav|zakhm|wound|chot|time|samay|waqt) par)";
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[.!?;\\n\\r।]+|\\b(?:but|however|although|though|except|yet|apart from|aside from|lekin|magar)\\b|\\bpar\\b" + PAR_AS_ON);
    /** "Chest pain? No." answers its own question: the finding is negated, not split off (also typed as chat: "? nhi"). */
    private static final Pattern ANSWERED_NO = Pattern.compile("\\?\\s*(no|none|nope|nah|nahi|nahin|nhi|nai|naa|नहीं|नही)\\b");
    /** "Can't breathe through my nose" is a blocked nose, not a breathing emergency. */
    private static final Pattern NASAL = Pattern.compile("breath\\w* (in |out )?through (it|(my |his |her |the |their )?nose)");
    private static final Pattern NON_TOKEN = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private final List<String> clauses;
    /** Each clause's tokens: where each starts, its row of {@link ConceptStarts}, and that row's bits. */
    private final int[][] tokenStarts;
    private final int[][] tokenRowNumbers;
    private final long[][][] tokenRows;
    /** The concepts that may start somewhere in each clause, and anywhere in the text. */
    private final long[][] clauseUnion;
    private final long[] anywhere;
    /** The concepts whose bits the rows hold; a newer one is tried everywhere. */
    private final int known;
    /**
     * What each concept found, once: the table asks for common concepts (a fever, vomiting,
     * breathlessness) in many flags. One text belongs to one evaluation, on one thread.
     */
    private final java.util.Map<Concept, Optional<String>> found = new java.util.IdentityHashMap<>();

    private ClinicalText(List<String> clauses) {
        this.clauses = clauses;
        this.known = ConceptStarts.registered();
        long[][] rows = ConceptStarts.rows();
        int words = rows[0].length;
        this.tokenStarts = new int[clauses.size()][];
        this.tokenRowNumbers = new int[clauses.size()][];
        this.tokenRows = new long[clauses.size()][][];
        this.clauseUnion = new long[clauses.size()][words];
        this.anywhere = new long[words];
        for (int c = 0; c < clauses.size(); c++) {
            String clause = clauses.get(c);
            int count = 1;
            for (int i = 0; i < clause.length(); i++) {
                count += clause.charAt(i) == ' ' ? 1 : 0;
            }
            tokenStarts[c] = new int[count];
            tokenRowNumbers[c] = new int[count];
            tokenRows[c] = new long[count][];
            for (int t = 0, start = 0; t < count; t++, start = nextToken(clause, start)) {
                tokenStarts[c][t] = start;
                int row = ConceptStarts.row(clause, start);
                ConceptStarts.Third third = ConceptStarts.third(clause, start, row);
                tokenRowNumbers[c][t] = row;
                tokenRows[c][t] = third != null ? third.bits() : rows[row];
                for (int w = 0; w < Math.min(words, tokenRows[c][t].length); w++) {
                    clauseUnion[c][w] |= tokenRows[c][t][w];
                }
            }
            for (int w = 0; w < words; w++) {
                anywhere[w] |= clauseUnion[c][w];
            }
        }
    }

    public static ClinicalText of(String... parts) {
        List<String> clauses = new ArrayList<>();
        for (String part : parts) {
            if (part == null || part.isBlank()) {
                continue;
            }
            String text = ANSWERED_NO.matcher(MatchingText.normalise(part)
                    .replace("'", "").replace("’", "").replace("`", "")).replaceAll(" none.");
            text = NASAL.matcher(text).replaceAll("nasal blockage");
            text = COMMA_NEW_STATEMENT.matcher(text).replaceAll(" and ");
            for (String clause : CLAUSE_BREAK.split(text)) {
                // "No longer" is "not": "she is no longer responding", "I can no longer feel my legs".
                String tokens = (" " + Spelling.correct(NON_TOKEN.matcher(clause).replaceAll(" ").strip()) + " ")
                        .replace(" no longer ", " not ").strip();
                if (!tokens.isEmpty()) {
                    clauses.add(tokens);
                }
            }
        }
        return new ClinicalText(List.copyOf(clauses));
    }

    /**
     * The first affirmed (not negated) match of the concept, as the matched words. Matches start
     * only at tokens, so each token start is tried in turn, as {@link Matcher#find()} would try
     * every index; a negated match is passed over the way {@code find()} passes it.
     */
    public Optional<String> findAffirmed(Concept concept) {
        Optional<String> known = found.get(concept);
        if (known == null) {
            known = search(concept);
            found.put(concept, known);
        }
        return known;
    }

    /**
     * False when one of the concepts numbered {@code ids[from]} to {@code ids[to - 1]} can start
     * nowhere in the text, so that they cannot all be found; read from the text's own table.
     */
    boolean mayHaveAll(int[] ids, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!mayStart(anywhere, ids[i])) {
                return false;
            }
        }
        return true;
    }

    private Optional<String> search(Concept concept) {
        int id = concept.id();
        if (!mayStart(anywhere, id)) {
            return Optional.empty(); // the concept and its expression are not even read
        }
        for (int c = 0; c < clauses.size(); c++) {
            if (!mayStart(clauseUnion[c], id)) {
                continue;
            }
            String clause = clauses.get(c);
            // "Had chest pain last year. It is back now.": a return may be told in the next clause
            String following = c + 1 < clauses.size() ? clauses.get(c + 1) : "";
            Matcher m = null;
            int length = clause.length();
            int resume = 0;
            for (int t = 0; t < tokenStarts[c].length; t++) {
                int start = tokenStarts[c][t];
                if (start < resume || !mayStart(tokenRows[c][t], id)) {
                    continue;
                }
                // only the phrasings that may start here, in order (see Concept#at)
                Pattern here = concept.at(tokenRowNumbers[c][t]);
                if (here == null) {
                    continue;
                }
                if (m == null) {
                    m = Concept.matcher(here, clause);
                } else if (m.pattern() != here) {
                    m.usePattern(here);
                }
                if (m.region(start, length).lookingAt()) {
                    if (!negated(clause, m.start(), m.end(), following)) {
                        return Optional.of(m.group());
                    }
                    resume = nextToken(clause, m.end()); // a negated match is passed over whole
                }
            }
        }
        return Optional.empty();
    }

    private boolean mayStart(long[] row, int id) {
        return id >= known || ConceptStarts.mayStart(row, id);
    }

    /** Where the token after the one at {@code index} starts, or the clause's length. */
    private static int nextToken(String clause, int index) {
        int space = clause.indexOf(' ', index);
        return space < 0 ? clause.length() : space + 1;
    }

    static boolean negated(String clause, int start, int end) {
        return negated(clause, start, end, "");
    }

    /** As {@link #negated(String, int, int)}, with the clause that follows, where a past finding may be said to be back. */
    static boolean negated(String clause, int start, int end, String nextClause) {
        String[] before = clause.substring(0, start).strip().split(" ");
        int from = Math.max(0, before.length - NEGATION_WINDOW);
        for (int i = before.length - 1; i >= from; i--) {
            String next = i + 1 < before.length ? before[i + 1] : firstToken(clause.substring(start));
            if (before[i].equals("and") && NEW_SUBJECT.contains(next)) {
                from = i + 1; // "not making sense and his face is drooping": the face is not negated
                break;
            }
        }
        for (int i = before.length - 1; i >= from; i--) {
            if (PRE_NEGATIONS.contains(before[i])) {
                String next = i + 1 < before.length ? before[i + 1] : firstToken(clause.substring(start));
                if (!PSEUDO_NEGATION_FOLLOWERS.contains(next) && !novel(before, i, clause, start, end)) {
                    return true;
                }
            }
        }
        String rest = clause.substring(end).strip();
        String window = String.join(" ", java.util.Arrays.asList(before).subList(from, before.length));
        // "had chest pain last year, it is back now": a past finding that has come back is current
        if (historical(before, from, window, rest) && !RECURRENCE.matcher(window + " " + rest + " " + nextClause).find()) {
            return true;
        }
        if (TEST_NEGATIVE.matcher(rest).find()) {
            return true;
        }
        String[] after = rest.split(" ");
        boolean any = before.length > 0 && java.util.Arrays.asList(before).subList(Math.max(0, before.length - 2), before.length)
                .stream().anyMatch(ANY::contains);
        int reach = POST_NEGATION_WINDOW;
        for (int i = 0; i < Math.min(reach, after.length); i++) {
            if (any && LIST_OR.contains(after[i]) && i + 2 < after.length) {
                i++; // "ya paani": the next item of the list
                reach += 2;
                continue;
            }
            if (POST_NEGATIONS.contains(after[i])) {
                // "das minute se nahi ruk raha": "will not stop" says the finding goes on
                return !(i + 1 < after.length && POST_PSEUDO_NEGATION_FOLLOWERS.contains(after[i + 1]));
            }
            if (!POST_NEGATION_FILLERS.contains(after[i])) {
                return false;
            }
        }
        return false;
    }

    /**
     * Placed in the past: a historical word within the window before ({@code before} from {@code
     * from}, joined as {@code window}), a past time after, or a Hindi past phrase before.
     */
    private static boolean historical(String[] before, int from, String window, String rest) {
        for (int i = before.length - 1; i >= from; i--) {
            if (PRE_HISTORICAL.contains(before[i])) {
                return true;
            }
        }
        return POST_HISTORICAL.matcher(rest).find()
                || PRE_HISTORICAL_PHRASE.matcher(window).find();
    }

    /**
     * "Never had chest pain like this", "not had such bad pain": the negation says the finding is
     * new, not absent. True when a {@link #NOVELTY} phrase stands between the trigger at {@code
     * trigger} and the end of the finding, or begins within two tokens after it ({@link #NOVELTY_AFTER}).
     */
    private static boolean novel(String[] before, int trigger, String clause, int start, int end) {
        StringBuilder span = new StringBuilder();
        for (int i = trigger + 1; i < before.length; i++) {
            span.append(before[i]).append(' ');
        }
        span.append(clause, start, end);
        String[] after = clause.substring(end).strip().split(" ");
        String next = String.join(" ", java.util.Arrays.asList(after).subList(0, Math.min(4, after.length)));
        return NOVELTY.matcher(span).find() || NOVELTY_AFTER.matcher(next).find();
    }

    private static String firstToken(String s) {
        String stripped = s.strip();
        int space = stripped.indexOf(' ');
        return space < 0 ? stripped : stripped.substring(0, space);
    }

    List<String> clauses() {
        return clauses;
    }
}
