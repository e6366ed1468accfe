package org.opentriage.rules;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentriage.common.MatchingText;

/**
 * Readings the patient wrote in words: "my oxygen is 85%", "bp 210/120", "fever 103 F", "pulse
 * 140", "breathing 40 times a minute", "sugar 45". Home pulse oximeters, BP machines and
 * glucometers are common, and a patient who types a dangerous number must not be sent home
 * because the app had no field for it. A reading counts only after its name ("oxygen", "bp",
 * "temp"…) or with its own unit ("103 F", "140 bpm"), and only inside the range a living patient
 * can have; "pain 8/10", "for 3 days", "50 mg" are not readings.
 *
 * <p>Where one reading is written more than once, the one furthest from normal counts (the lowest
 * oxygen): the rules escalate, a nurse looks at the words.
 */
public record WrittenReadings(Map<Reading, Value> values, boolean lowSugar, boolean highSugar) {

    /** What can be read. */
    public enum Reading { SPO2, SYSTOLIC, DIASTOLIC, HEART_RATE, RESPIRATORY_RATE, TEMPERATURE }

    /** One reading: its value and the words it was read from. */
    public record Value(double value, String words) {
    }

    static final WrittenReadings NONE = new WrittenReadings(Map.of(), false, false);

    /**
     * Blood glucose. NICE NG17/NG28 and the JBDS hypoglycaemia guideline (2023): below 4.0 mmol/L is
     * hypoglycaemia. JBDS-IP DKA guideline (2021): a glucose over 11.0 mmol/L is part of the
     * diagnosis. mg/dL is converted at 18.0 mg/dL per mmol/L.
     */
    static final double LOW_SUGAR_BELOW_MMOL = 4.0;
    static final double HIGH_SUGAR_ABOVE_MMOL = 11.0;
    static final double MG_PER_MMOL = 18.0;
    /** A glucose of 20–35 without a unit is 20–35 mmol/L (very high) or mg/dL (very low): both count. */
    static final int AMBIGUOUS_SUGAR_FROM = 20;
    static final int AMBIGUOUS_SUGAR_TO = 35;

    /** Between a reading's name and its number: words of the same sentence, or a duration ("fever 2 days 102"). */
    private static final String GAP = "(?:[^\\d.;!?\\n]|\\d{1,2} ?(?:days?|din|hours?|hrs?|ghante|weeks?|months?|am|pm)\\b){0,30}?";
    private static final String NUMBER = "(\\d{1,3}(?:[.,]\\d)?)";
    /** Numbers that are doses, counts, ages or times, not readings. */
    private static final String NOT_A_READING = "(?!\\d|[.,]\\d|\\s*(?:mg\\b|mcg|ml\\b|g\\b|gm|kg|tab|pill|capsule|spoon|tsp|tbsp|cup|glass|packet|biscuit|cube"
            + "|days?\\b|din\\b|hours?|hrs?\\b|min|weeks?|months?|years?|yrs?|yo\\b|am\\b|pm\\b|times?\\b|litre|liter|l/min|lpm|units?\\b|iu\\b|x\\b|/10|out of 10))";
    private static final String PER_MINUTE = " ?(?:a|per|/|in a|in one) ?min";

    private static final String SPO2_NAME = "spo2|sp02|sp o2|\\bo2\\b|\\boxygen|saturation|\\bsats?\\b|oximeter|pulse ?ox\\w*|ऑक्सीजन";
    private static final String BP_NAME = "\\bbp\\b|\\bb\\.p\\b\\.?|blood pressure";
    private static final String HEART_RATE_NAME = "heart ?rate|heart ?beat|heart (?:is |was )?(?:racing|beating|pounding|going)|pulse rate|\\bpulse(?! ?ox)|dhadkan|धड़कन";
    private static final String RESPIRATORY_RATE_NAME = "respiratory rate|resp rate|breathing rate|\\brr\\b";
    /** Not "temper", "temple" or "temporary". */
    private static final String TEMPERATURE_NAME = "\\btemps?\\b|\\btemp(?:erature|reture|rature|urature|erture|eature)s?\\b|fever|bukhar|bukhaar|बुखार|thermometer";
    private static final String GLUCOSE_NAME = "sugar|glucose|\\bbsl\\b|\\brbs\\b|\\bfbs\\b|\\bgrbs\\b|\\bcbg\\b|glucometer|शुगर";

    /**
     * The names readings go by, and the label an answer is given when a question asks for one
     * ({@link #askedFor}); systolic and diastolic share the name "bp".
     */
    private enum Name {
        SPO2(SPO2_NAME, "spo2"), BP(BP_NAME, "bp"), HEART_RATE(HEART_RATE_NAME, "pulse"),
        RESPIRATORY_RATE(RESPIRATORY_RATE_NAME, "breathing rate"), TEMPERATURE(TEMPERATURE_NAME, "temperature"),
        GLUCOSE(GLUCOSE_NAME, "sugar");

        final Pattern pattern;
        final String label;

        Name(String regex, String label) {
            this.pattern = Pattern.compile(regex);
            this.label = label;
        }

        static Name of(Reading r) {
            return switch (r) {
                case SPO2 -> SPO2;
                case SYSTOLIC, DIASTOLIC -> BP;
                case HEART_RATE -> HEART_RATE;
                case RESPIRATORY_RATE -> RESPIRATORY_RATE;
                case TEMPERATURE -> TEMPERATURE;
            };
        }
    }

    /**
     * Sentence ends, which no reading crosses; only sentences with a digit are read. "b.p. 120/80"
     * and "38.5" are not sentence ends.
     */
    private static final Pattern SENTENCE = Pattern.compile("[;!?\\n]+|(?<=\\w\\w)\\. (?=\\p{L})");

    private static final Pattern SPO2 = Pattern.compile(
            "(?:" + SPO2_NAME + ")\\.?" + GAP + NUMBER + NOT_A_READING
                    + "|" + NUMBER + " ?(?:%|percent|per cent) ?(?:spo2|sp02|o2|oxygen|saturation|sats?)\\b");
    private static final Pattern BLOOD_PRESSURE = Pattern.compile(
            "(?:" + BP_NAME + "|pressure)\\.?" + GAP + "(\\d{2,3}) ?(?:/|over|by|upon|\\\\) ?(\\d{2,3})(?!\\d)"
                    + "|(?:" + BP_NAME + ")\\.?" + GAP + "(\\d{2,3})(?! ?(?:/|over|by|upon|\\\\) ?\\d)" + NOT_A_READING);
    private static final Pattern HEART_RATE = Pattern.compile(
            "(?:" + HEART_RATE_NAME + ")\\.?" + GAP + "(\\d{2,3})" + NOT_A_READING
                    + "|(\\d{2,3}) ?(?:bpm|beats" + PER_MINUTE + ")");
    private static final Pattern RESPIRATORY_RATE = Pattern.compile(
            "(?:" + RESPIRATORY_RATE_NAME + ")\\.?" + GAP + "(\\d{1,3})" + NOT_A_READING
                    + "|(\\d{1,3}) breaths" + PER_MINUTE
                    + "|breath\\w*(?: rate)?(?: is| at| about| around| of)* (\\d{1,3})(?: times| breaths)?" + PER_MINUTE);
    private static final Pattern TEMPERATURE = Pattern.compile(
            "(?:" + TEMPERATURE_NAME + ")\\.?" + GAP + NUMBER + NOT_A_READING
                    + " ?(°|º|deg\\w*)? ?(c\\b|f\\b|celsius|centigrade|fahrenheit)?"
                    + "|" + NUMBER + " ?(?:°|º|deg\\w*)? ?(c|f|celsius|centigrade|fahrenheit)\\b"
                    + "|" + NUMBER + " ?(?:°|º|deg\\w*)? ?(c|f)?\\b ?(?:temp|temperature|fever|bukhar|बुखार)");
    private static final Pattern GLUCOSE = Pattern.compile(
            "(?:" + GLUCOSE_NAME + ")\\.?" + GAP + NUMBER + " ?(mmol|mg)?" + NOT_A_READING);

    /** The readings in the patient's words; {@link #NONE} when there are none. */
    public static WrittenReadings read(String... parts) {
        Map<Reading, Value> values = new EnumMap<>(Reading.class);
        boolean low = false;
        boolean high = false;
        for (String part : parts) {
            if (part == null || !hasDigit(part)) {
                continue;
            }
            for (String text : SENTENCE.split(normalised(part))) {
                if (!hasDigit(text)) {
                    continue;
                }
                spo2(text, values);
                bloodPressure(text, values);
                heartRate(text, values);
                respiratoryRate(text, values);
                temperature(text, values);
                Sugar sugar = glucose(text);
                low |= sugar.low();
                high |= sugar.high();
            }
        }
        return values.isEmpty() && !low && !high ? NONE : new WrittenReadings(Map.copyOf(values), low, high);
    }

    /**
     * The reading a question asks for, when it names exactly one ("What does your oximeter show?"
     * → {@code spo2}), so that a bare answer ("86") can be read as one: {@code "[spo2] 86"}.
     */
    public static Optional<String> askedFor(String question) {
        if (question == null) {
            return Optional.empty();
        }
        Set<Name> named = names(normalised(question));
        return named.size() == 1 ? Optional.of(named.iterator().next().label) : Optional.empty();
    }

    /** Whether the words name a reading of their own. */
    public static boolean namesAReading(String words) {
        return !names(normalised(words)).isEmpty();
    }

    private static String normalised(String words) {
        return MatchingText.normalise(words);
    }

    /** The readings that normalised words name. */
    private static Set<Name> names(String text) {
        Set<Name> named = EnumSet.noneOf(Name.class);
        for (Name name : Name.values()) {
            if (name.pattern.matcher(text).find()) {
                named.add(name);
            }
        }
        return named;
    }

    /** Whether one sentence's glucose readings are low, high, or (without a unit) could be either. */
    private record Sugar(boolean low, boolean high) {
    }

    private static Sugar glucose(String text) {
        boolean low = false;
        boolean high = false;
        Matcher m = GLUCOSE.matcher(text);
        while (m.find()) {
            if (mixes(m.group(), Name.GLUCOSE)) {
                continue;
            }
            String written = m.group(1);
            double mmol = number(written);
            String unit = m.group(2);
            boolean decimal = written.indexOf('.') >= 0 || written.indexOf(',') >= 0;
            boolean ambiguous = unit == null && !decimal && mmol >= AMBIGUOUS_SUGAR_FROM && mmol <= AMBIGUOUS_SUGAR_TO;
            if ("mg".equals(unit) || (unit == null && mmol > AMBIGUOUS_SUGAR_TO)) {
                mmol = mmol / MG_PER_MMOL;
            }
            if (mmol > 0) {
                low |= mmol < LOW_SUGAR_BELOW_MMOL || ambiguous;
                high |= mmol > HIGH_SUGAR_ABOVE_MMOL;
            }
        }
        return new Sugar(low, high);
    }

    public Optional<Value> get(Reading reading) {
        return Optional.ofNullable(values.get(reading));
    }

    /** The reading, rounded to a whole number, if written. */
    public Integer whole(Reading reading) {
        Value v = values.get(reading);
        return v == null ? null : (int) Math.round(v.value());
    }

    private static void spo2(String text, Map<Reading, Value> values) {
        Matcher m = SPO2.matcher(text);
        while (m.find()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2);
            double v = number(n);
            if (v >= 50 && v <= 100 && !n.contains(".") && !n.contains(",")) {
                keep(values, Reading.SPO2, v, m.group(), Comparison.LOWEST);
            }
        }
    }

    private static void bloodPressure(String text, Map<Reading, Value> values) {
        Matcher m = BLOOD_PRESSURE.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                int systolic = Integer.parseInt(m.group(1));
                int diastolic = Integer.parseInt(m.group(2));
                if (systolic >= 50 && systolic <= 300 && diastolic >= 20 && diastolic <= 200 && systolic > diastolic) {
                    keep(values, Reading.SYSTOLIC, systolic, m.group(), Comparison.FURTHEST_FROM_NORMAL);
                    keep(values, Reading.DIASTOLIC, diastolic, m.group(), Comparison.HIGHEST);
                }
            } else {
                int systolic = Integer.parseInt(m.group(3));
                if (systolic >= 50 && systolic <= 300) {
                    keep(values, Reading.SYSTOLIC, systolic, m.group(), Comparison.FURTHEST_FROM_NORMAL);
                }
            }
        }
    }

    private static void heartRate(String text, Map<Reading, Value> values) {
        Matcher m = HEART_RATE.matcher(text);
        while (m.find()) {
            int v = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            if (v >= 20 && v <= 300) {
                keep(values, Reading.HEART_RATE, v, m.group(), Comparison.FURTHEST_FROM_NORMAL);
            }
        }
    }

    private static void respiratoryRate(String text, Map<Reading, Value> values) {
        Matcher m = RESPIRATORY_RATE.matcher(text);
        while (m.find()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            int v = Integer.parseInt(n);
            if (v >= 4 && v <= 120) {
                keep(values, Reading.RESPIRATORY_RATE, v, m.group(), Comparison.FURTHEST_FROM_NORMAL);
            }
        }
    }

    private static void temperature(String text, Map<Reading, Value> values) {
        Matcher m = TEMPERATURE.matcher(text);
        while (m.find()) {
            // after its name ("temp 38.4"), with its unit ("103 F"), or before its name ("38.4 temp")
            int at = m.group(1) != null ? 1 : m.group(4) != null ? 4 : 6;
            double v = number(m.group(at));
            String unit = m.group(at == 1 ? 3 : at + 1);
            boolean fahrenheit = unit != null ? unit.startsWith("f") : v >= 93;
            boolean celsius = unit != null && !fahrenheit;
            double c = fahrenheit ? Math.round((v - 32) * 5 / 9 * 10) / 10.0 : v;
            boolean plausible = fahrenheit ? v >= 86 && v <= 113 : (celsius ? v >= 30 && v <= 45 : v >= 34 && v <= 43);
            if (plausible) {
                keep(values, Reading.TEMPERATURE, c, m.group(), Comparison.FURTHEST_FROM_NORMAL);
            }
        }
    }

    private enum Comparison { LOWEST, HIGHEST, FURTHEST_FROM_NORMAL }

    /** Normal values, to choose between two readings of the same thing. */
    private static double normal(Reading r) {
        return switch (r) {
            case SPO2 -> 97;
            case SYSTOLIC -> 120;
            case DIASTOLIC -> 80;
            case HEART_RATE -> 75;
            case RESPIRATORY_RATE -> 16;
            case TEMPERATURE -> 37;
        };
    }

    /** "fever and sugar 40" is a sugar, not a temperature: a reading's words name nothing else. */
    private static boolean mixes(String words, Name own) {
        for (Name name : Name.values()) {
            if (name != own && name.pattern.matcher(words).find()) {
                return true;
            }
        }
        return false;
    }

    private static void keep(Map<Reading, Value> values, Reading reading, double value, String words, Comparison how) {
        if (mixes(words, Name.of(reading))) {
            return;
        }
        Value old = values.get(reading);
        boolean worse = old == null || switch (how) {
            case LOWEST -> value < old.value();
            case HIGHEST -> value > old.value();
            case FURTHEST_FROM_NORMAL -> Math.abs(value - normal(reading)) > Math.abs(old.value() - normal(reading));
        };
        if (worse) {
            values.put(reading, new Value(value, words.strip()));
        }
    }

    /** Most complaints have no number: they cost one pass over their characters. */
    public static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static double number(String s) {
        return Double.parseDouble(s.replace(',', '.'));
    }
}
