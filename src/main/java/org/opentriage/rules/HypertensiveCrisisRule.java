package org.opentriage.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opentriage.rules.WrittenReadings.Reading;

/**
 * Severe hypertension in adults: a systolic pressure of 180 mmHg or more, or a diastolic of 120 or
 * more (the diastolic comes only from the patient's words: the API has no field for it).
 *
 * <ul>
 *   <li>With a sign of organ damage ({@link RedFlagLexicon#HYPERTENSIVE_ORGAN_SIGN}): ambulance.
 *       American Heart Association, "Hypertensive crisis: when you should call 911 for high blood
 *       pressure" (readings over 180 and/or over 120 with chest pain, shortness of breath, back
 *       pain, numbness or weakness, change in vision or difficulty speaking: call 911); NICE NG136
 *       Hypertension in adults (2019, updated 2023), 1.5.1: 180/120 or more with new confusion, chest
 *       pain, signs of heart failure or of accelerated hypertension: same-day specialist
 *       assessment.</li>
 *   <li>Without: seen within 24 hours. NICE NG136 1.5.2: investigate for target organ damage as
 *       soon as possible.</li>
 * </ul>
 * Children are left to {@link PaediatricVitalSigns}: their limits depend on age and height.
 */
@ApplicationScoped
public class HypertensiveCrisisRule implements SafetyRule {

    static final int SYSTOLIC_AT_LEAST = 180;
    static final int DIASTOLIC_AT_LEAST = 120;

    @Override
    public List<RedFlag> evaluate(ClinicalPicture picture) {
        if (!picture.adult()) {
            return List.of();
        }
        Integer systolic = picture.vitals().systolicBp();
        Integer diastolic = picture.written().whole(Reading.DIASTOLIC);
        List<String> readings = new ArrayList<>(2);
        if (systolic != null && systolic >= SYSTOLIC_AT_LEAST) {
            readings.add(picture.trigger(Reading.SYSTOLIC, "systolic " + systolic + " mmHg"));
        }
        if (diastolic != null && diastolic >= DIASTOLIC_AT_LEAST) {
            readings.add(picture.trigger(Reading.DIASTOLIC, "diastolic " + diastolic + " mmHg"));
        }
        if (readings.isEmpty()) {
            return List.of();
        }
        String reading = String.join(", ", readings);
        Optional<String> sign = picture.text().findAffirmed(RedFlagLexicon.HYPERTENSIVE_ORGAN_SIGN);
        if (sign.isPresent()) {
            return List.of(new RedFlag("hypertensive_crisis", TriageLevel.EMERGENCY_AMBULANCE,
                    "A blood pressure of 180/120 or more with " + sign.get()
                            + " can mean the pressure is damaging the heart, brain or kidneys: call an ambulance.",
                    reading + ", " + sign.get()));
        }
        return List.of(new RedFlag("severe_hypertension", TriageLevel.CONSULTATION_24,
                "A blood pressure of 180/120 or more needs to be checked by a doctor within 24 hours; "
                        + "call an ambulance if chest pain, breathlessness, weakness, vision or speech problems start.",
                reading));
    }
}
