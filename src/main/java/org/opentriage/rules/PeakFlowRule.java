package org.opentriage.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentriage.common.MatchingText;

/**
 * A peak flow the patient wrote together with their best (or usual, or predicted) one: "peak flow
 * 150, usual is 450". Asthma patients are taught to measure it, and the fraction of their best is
 * how the severity of an attack is graded (BTS/SIGN 158, British guideline on the management of
 * asthma, 2019, tables for acute asthma in adults and in children over 5):
 *
 * <ul>
 *   <li>below 33 % of best or predicted: life-threatening asthma, an ambulance;</li>
 *   <li>33–50 %: acute severe asthma, the emergency department;</li>
 *   <li>above 50 %: moderate, left to the other rules (and the nurse).</li>
 * </ul>
 * A peak flow without a best to compare with is not graded: predicted values depend on height,
 * age and sex, which the API does not carry.
 */
@ApplicationScoped
public class PeakFlowRule implements SafetyRule {

    /** Below this percentage of best: life-threatening (BTS/SIGN 158: PEF &lt; 33 %). */
    static final double LIFE_THREATENING_BELOW_PERCENT = 33;
    /** Up to and including this percentage: acute severe (BTS/SIGN 158: PEF 33–50 %). */
    static final double ACUTE_SEVERE_UP_TO_PERCENT = 50;
    /** Peak flows a person can blow, in L/min (children about 60 upwards, adults up to about 800). */
    private static final int LOWEST = 30;
    private static final int HIGHEST = 900;

    private static final String FILLER = "(?:\\s|:|-|=|is|was|of|at|only|just|now|today|reading|meter|about|around|l/min|lpm|litres|liters)*";
    private static final Pattern NOW = Pattern.compile(
            "(?:peak ?flow|\\bpefr?\\b|peak expiratory flow)" + FILLER + "(\\d{2,3})(?!\\d)");
    private static final Pattern BEST = Pattern.compile(
            "(?:personal best|best|usual|usually|normal|normally|predicted|regular)(?:\\s|:|-|=|is|was|one|its|it is|peak ?flow|pefr?|of|about|around|reading)*(\\d{2,3})(?!\\d)");

    @Override
    public List<RedFlag> evaluate(ClinicalPicture picture) {
        String text = MatchingText.normalise(picture.request().complaint());
        if (!WrittenReadings.hasDigit(text)) {
            return List.of();
        }
        Matcher now = NOW.matcher(text);
        Matcher best = BEST.matcher(text);
        if (!now.find() || !best.find()) {
            return List.of();
        }
        int current = Integer.parseInt(now.group(1));
        int usual = Integer.parseInt(best.group(1));
        if (current < LOWEST || usual < LOWEST || current > HIGHEST || usual > HIGHEST || current >= usual) {
            return List.of();
        }
        double percent = 100.0 * current / usual;
        String trigger = String.format(Locale.ROOT, "peak flow %d of a best of %d (%.0f %%)", current, usual, percent);
        if (percent < LIFE_THREATENING_BELOW_PERCENT) {
            return List.of(new RedFlag("life_threatening_asthma", TriageLevel.EMERGENCY_AMBULANCE,
                    "A peak flow below a third of your best is a life-threatening asthma attack: call an ambulance and use your reliever inhaler.",
                    trigger));
        }
        if (percent <= ACUTE_SEVERE_UP_TO_PERCENT) {
            return List.of(new RedFlag("acute_severe_asthma", TriageLevel.EMERGENCY,
                    "A peak flow at half your best or lower is a severe asthma attack: use your reliever inhaler and go to hospital now.",
                    trigger));
        }
        return List.of();
    }
}
