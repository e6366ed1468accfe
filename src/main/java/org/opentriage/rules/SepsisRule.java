package org.opentriage.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.opentriage.patient.Consciousness;
import org.opentriage.patient.Vitals;
import org.opentriage.rules.WrittenReadings.Reading;

/**
 * qSOFA, adults: respiratory rate 22/min or more, systolic 100 mmHg or less, altered mentation
 * (consciousness other than alert, or new confusion in the complaint). Two or more → emergency
 * department. Source: Singer et al., "The Third International Consensus Definitions for Sepsis and
 * Septic Shock (Sepsis-3)", JAMA 2016; Seymour et al., JAMA 2016.
 */
@ApplicationScoped
public class SepsisRule implements SafetyRule {

    static final int RESPIRATORY_RATE_AT_LEAST = 22;
    static final int SYSTOLIC_AT_MOST = 100;

    @Override
    public List<RedFlag> evaluate(ClinicalPicture picture) {
        if (!picture.adult()) {
            return List.of();
        }
        Vitals v = picture.vitals();
        List<String> criteria = new ArrayList<>(3);
        if (v.respiratoryRate() != null && v.respiratoryRate() >= RESPIRATORY_RATE_AT_LEAST) {
            criteria.add(picture.trigger(Reading.RESPIRATORY_RATE, "respiratory rate " + v.respiratoryRate() + "/min"));
        }
        if (v.systolicBp() != null && v.systolicBp() <= SYSTOLIC_AT_MOST) {
            criteria.add(picture.trigger(Reading.SYSTOLIC, "systolic " + v.systolicBp() + " mmHg"));
        }
        if (v.consciousness() != null && v.consciousness() != Consciousness.ALERT) {
            criteria.add("consciousness " + v.consciousness().name().toLowerCase());
        } else {
            picture.text().findAffirmed(RedFlagLexicon.NEW_CONFUSION).ifPresent(words -> criteria.add(words));
        }
        if (criteria.size() < 2) {
            return List.of();
        }
        String trigger = String.join(", ", criteria);
        return List.of(new RedFlag("sepsis_qsofa", TriageLevel.EMERGENCY,
                "Two or more qSOFA signs (" + trigger + "): possible sepsis.", trigger));
    }
}
