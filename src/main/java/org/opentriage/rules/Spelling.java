package org.opentriage.rules;

import java.util.Map;
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
            "injured", "accidents", "fractures", "tablet", "fainting", "faintest", "swallow", "swallen", "drooling",
            // "blurred vision" is not slurred speech; "hitting", "pitting oedema" and "leisure" are not fits,
            // "dropping things" is not drooping, "a contusion" not confusion, "a threat" not a throat
            "blurred", "blurring", "spurred", "spurring", "slurped", "slurping", "hitting", "pitting", "kitting",
            "dropping", "leisure", "contusion", "contusions", "threat", "threats", "tables", "collapse", "breathes",
            "wheeling", "lightness", "rightness", "rushing", "crusting", "breadth", "shelling", "swilling");

    /**
     * Hindi typed in Latin letters the way chat is typed: vowels dropped and sounds spelt as they
     * come ("bht dard h", "sans nhi aa rhi", "bkhar", "tej"). Each short form becomes the spelling
     * the red-flag phrases use. Only forms that are not English words are listed: "me", "lie" or
     * "pain" stay as they are.
     */
    static final Map<String, String> CHAT_HINDI = Map.ofEntries(
            Map.entry("h", "hai"), Map.entry("hy", "hai"), Map.entry("nhi", "nahi"),
            Map.entry("rha", "raha"), Map.entry("rhi", "rahi"), Map.entry("rhe", "rahe"),
            Map.entry("gya", "gaya"), Map.entry("gyi", "gayi"), Map.entry("gye", "gaye"),
            Map.entry("lia", "liya"), Map.entry("kia", "kiya"), Map.entry("dia", "diya"),
            Map.entry("bht", "bahut"), Map.entry("bhut", "bahut"), Map.entry("bohot", "bahut"), Map.entry("bahot", "bahut"), Map.entry("bhot", "bahut"),
            Map.entry("bkhar", "bukhar"), Map.entry("bukhaar", "bukhar"), Map.entry("bkhaar", "bukhar"),
            Map.entry("khun", "khoon"), Map.entry("tej", "tez"), Map.entry("achank", "achanak"), Map.entry("achnak", "achanak"),
            Map.entry("dhdkn", "dhadkan"), Map.entry("dhadkn", "dhadkan"), Map.entry("chkkar", "chakkar"), Map.entry("chakar", "chakkar"),
            Map.entry("gardn", "gardan"), Map.entry("grdn", "gardan"), Map.entry("gla", "gala"),
            Map.entry("bchha", "bachha"), Map.entry("bcha", "bacha"), Map.entry("bche", "bacche"), Map.entry("bchhe", "bacche"), Map.entry("bchche", "bacche"),
            Map.entry("nind", "neend"), Map.entry("jyada", "zyada"), Map.entry("jada", "zyada"), Map.entry("grm", "garam"), Map.entry("garm", "garam"),
            Map.entry("bdn", "badan"), Map.entry("sine", "seene"), Map.entry("sina", "seena"), Map.entry("pseena", "pasina"), Map.entry("psina", "pasina"),
            Map.entry("sanp", "saanp"), Map.entry("kat", "kaat"), Map.entry("mrna", "marna"),
            Map.entry("mhine", "mahine"), Map.entry("mhina", "mahina"), Map.entry("drd", "dard"), Map.entry("ulty", "ulti"),
            Map.entry("chati", "chhati"), Map.entry("chhaati", "chhati"), Map.entry("zehar", "zeher"), Map.entry("jehar", "zeher"), Map.entry("jahar", "zeher"),
            Map.entry("krna", "karna"), Map.entry("kr", "kar"), Map.entry("pr", "par"), Map.entry("sr", "sir"), Map.entry("hath", "haath"),
            Map.entry("sas", "saans"), Map.entry("kmjori", "kamzori"), Map.entry("kamjori", "kamzori"),
            Map.entry("pesab", "peshab"), Map.entry("pisab", "peshab"), Map.entry("behos", "behosh"),
            Map.entry("chl", "chal"), Map.entry("andr", "andar"), Map.entry("trf", "taraf"), Map.entry("khasi", "khansi"), Map.entry("khasee", "khansi"),
            Map.entry("baye", "baayen"), Map.entry("bayen", "baayen"), Map.entry("dbaya", "dabaya"), Map.entry("dbav", "dabav"), Map.entry("dbaav", "dabav"),
            Map.entry("lg", "lag"), Map.entry("lga", "laga"), Map.entry("lgi", "lagi"), Map.entry("tp", "tap"), Map.entry("tut", "toot"),
            Map.entry("bnd", "band"), Map.entry("pda", "pada"), Map.entry("pdi", "padi"), Map.entry("pd", "pad"), Map.entry("jla", "jala"),
            Map.entry("skta", "sakta"), Map.entry("skti", "sakti"), Map.entry("thik", "theek"), Map.entry("wjh", "wajah"), Map.entry("kb", "kab"),
            Map.entry("dhimi", "dheemi"), Map.entry("goliya", "goliyan"), Map.entry("aankhe", "aankhen"), Map.entry("ankhe", "aankhen"),
            Map.entry("aankho", "aankhon"), Map.entry("ankho", "aankhon"), Map.entry("awaze", "awaazein"), Map.entry("awaaze", "awaazein"), Map.entry("marij", "mareez"),
            Map.entry("k", "ke"), Map.entry("phle", "pehle"), Map.entry("phele", "pehle"), Map.entry("pahle", "pehle"), Map.entry("gle", "gale"),
            Map.entry("atk", "atak"), Map.entry("jl", "jal"), Map.entry("jwab", "jawab"), Map.entry("kmr", "kamar"), Map.entry("pairo", "pairon"),
            Map.entry("krah", "kraah"), Map.entry("dwai", "dawai"), Map.entry("dwa", "dawa"), Map.entry("subh", "subah"));

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
        String hindi = CHAT_HINDI.get(word);
        if (hindi != null) {
            return hindi;
        }
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
