package org.opentriage.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.opentriage.rules.WrittenReadings.Reading;

/**
 * Fever in young infants. Source: NICE NG143 "Fever in under 5s: assessment and initial
 * management" (2019, updated 2021), Table 1 traffic-light system: age under 3 months with a
 * temperature of 38 °C or higher is a red feature; 3–6 months with 39 °C or higher is amber.
 * NG143 1.1.1: a parent's report of fever is taken seriously, so a reported fever counts too
 * under 3 months.
 */
@ApplicationScoped
public class InfantFeverRule implements SafetyRule {

    /** Under 3 months, in days (3 × 30.4375, rounded down). */
    static final double RED_AGE_DAYS = 91;
    /** Under 6 months, in days. */
    static final double AMBER_AGE_DAYS = 182;
    static final double RED_TEMPERATURE_C = 38.0;
    static final double AMBER_TEMPERATURE_C = 39.0;

    private static final Concept REPORTED_FEVER = RedFlagLexicon.FEVER;

    @Override
    public List<RedFlag> evaluate(ClinicalPicture picture) {
        Double t = picture.vitals().temperatureC();
        long tenths = t == null ? Long.MIN_VALUE : Math.round(t * 10);
        if (picture.ageDays() < RED_AGE_DAYS) {
            if (tenths >= Math.round(RED_TEMPERATURE_C * 10)) {
                return List.of(infantFever(picture.trigger(Reading.TEMPERATURE, "temperature " + t + " °C")));
            }
            // A parent's report of fever counts unless a thermometer reading the app sent says otherwise;
            // a number the parent wrote beside "fever" does not overrule their word.
            Optional<String> reported = picture.text().findAffirmed(REPORTED_FEVER);
            if (reported.isPresent() && picture.measured().temperatureC() == null) {
                return List.of(infantFever(reported.get()));
            }
        } else if (picture.ageDays() < AMBER_AGE_DAYS && tenths >= Math.round(AMBER_TEMPERATURE_C * 10)) {
            return List.of(new RedFlag("infant_fever_3_6_months", TriageLevel.CONSULTATION_24,
                    "A baby aged 3 to 6 months with a temperature of 39 °C or more needs to be seen today.",
                    picture.trigger(Reading.TEMPERATURE, "temperature " + t + " °C")));
        }
        return List.of();
    }

    private static RedFlag infantFever(String trigger) {
        return new RedFlag("infant_fever", TriageLevel.EMERGENCY,
                "A baby under 3 months with a fever of 38 °C or more needs urgent hospital assessment.", trigger);
    }
}
