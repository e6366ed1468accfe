package org.opentriage.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.opentriage.patient.Vitals;
import org.opentriage.rules.WrittenReadings.Reading;

/**
 * Danger-zone vital signs that hold whether or not NEWS2 can be scored.
 *
 * <ul>
 *   <li>Low oxygen at any age: SpO2 below 92 % (below 88 % with hypercapnic respiratory failure),
 *       the lower limit of the target ranges in the BTS guideline for oxygen use in adults (O'Driscoll
 *       et al., Thorax 2017) and the threshold for urgent referral in NICE NG143 and BTS/SIGN 158.</li>
 *   <li>Adults with SpO2 92–94 % in air, without hypercapnic respiratory failure: below the BTS
 *       target range of 94–98 % (94 itself is its lower edge), and "93 or 94 %: urgent clinical
 *       assessment" in NHS England's guidance on home pulse oximetry (Pulse oximetry to detect early
 *       deterioration in primary and community care, 2020); NEWS2 scores 92–95 % only 1–2 points,
 *       so an otherwise well adult is not flagged by it. Within 24 hours. Children have their own
 *       band (95 % or less, {@link PaediatricVitalSigns}).</li>
 *   <li>Adults whose NEWS2 cannot be scored (a reading missing, or pregnancy): any single reading
 *       in a NEWS2 3-point band (RCP 2017 Chart 1) is a red score.</li>
 *   <li>Children: the age-banded table of {@link PaediatricVitalSigns}.</li>
 * </ul>
 */
@ApplicationScoped
public class VitalSignRule implements SafetyRule {

    static final int LOW_SPO2 = 92;
    static final int LOW_SPO2_HYPERCAPNIC = 88;
    static final int ADULT_SPO2_BORDERLINE_AT_OR_BELOW = 94;

    @Override
    public List<RedFlag> evaluate(ClinicalPicture picture) {
        Vitals v = picture.vitals();
        List<RedFlag> flags = new ArrayList<>();
        if (v.spo2() != null) {
            int limit = v.hypercapnic() ? LOW_SPO2_HYPERCAPNIC : LOW_SPO2;
            if (v.spo2() < limit) {
                flags.add(new RedFlag("low_oxygen", TriageLevel.EMERGENCY,
                        "Oxygen saturation is " + v.spo2() + " %, below the safe minimum of " + limit + " %.",
                        picture.trigger(Reading.SPO2, "spo2 " + v.spo2() + "%")));
            } else if (picture.adult() && !v.hypercapnic() && !v.onOxygen() && v.spo2() <= ADULT_SPO2_BORDERLINE_AT_OR_BELOW) {
                flags.add(new RedFlag("borderline_oxygen", TriageLevel.CONSULTATION_24,
                        "Oxygen saturation of " + v.spo2() + " % in air is below the normal range and needs a clinician's assessment today.",
                        picture.trigger(Reading.SPO2, "spo2 " + v.spo2() + "%")));
            }
        }
        if (picture.request().patient().isPregnant() && v.systolicBp() != null) {
            flags.addAll(pregnancyBloodPressure(v.systolicBp(), picture.trigger(Reading.SYSTOLIC, "systolic " + v.systolicBp() + " mmHg")));
        }
        if (picture.adult()) {
            if (picture.news2().filter(score -> !score.partial()).isEmpty()) {
                flags.addAll(adultRedReadings(picture));
            }
        } else {
            flags.addAll(PaediatricVitalSigns.evaluate(picture));
        }
        return flags;
    }

    /**
     * NICE NG133 Hypertension in pregnancy (2019, 1.1 and 1.2): systolic 160 mmHg or more is severe
     * hypertension (admit); 140–159 needs assessment the same day.
     */
    static final int SEVERE_PREGNANCY_SYSTOLIC = 160;
    static final int PREGNANCY_HYPERTENSION_SYSTOLIC = 140;

    private static List<RedFlag> pregnancyBloodPressure(int sbp, String trigger) {
        if (sbp >= SEVERE_PREGNANCY_SYSTOLIC) {
            return List.of(new RedFlag("severe_hypertension_pregnancy", TriageLevel.EMERGENCY,
                    "Blood pressure of " + sbp + " mmHg in pregnancy is severe and can be pre-eclampsia.", trigger));
        }
        if (sbp >= PREGNANCY_HYPERTENSION_SYSTOLIC) {
            return List.of(new RedFlag("hypertension_pregnancy", TriageLevel.CONSULTATION_24,
                    "Blood pressure of " + sbp + " mmHg in pregnancy needs checking today.", trigger));
        }
        return List.of();
    }

    /** NEWS2 3-point bands applied reading by reading (SpO2 is covered by the low-oxygen flag). */
    private static List<RedFlag> adultRedReadings(ClinicalPicture picture) {
        Vitals v = picture.vitals();
        List<String> red = new ArrayList<>();
        if (v.respiratoryRate() != null && News2.respirationRate(v.respiratoryRate()) == 3) {
            red.add(picture.trigger(Reading.RESPIRATORY_RATE, "respiratory rate " + v.respiratoryRate() + "/min"));
        }
        if (v.systolicBp() != null && News2.systolicBp(v.systolicBp()) == 3) {
            red.add(picture.trigger(Reading.SYSTOLIC, "systolic blood pressure " + v.systolicBp() + " mmHg"));
        }
        if (v.heartRate() != null && News2.pulse(v.heartRate()) == 3) {
            red.add(picture.trigger(Reading.HEART_RATE, "heart rate " + v.heartRate() + "/min"));
        }
        if (v.temperatureC() != null && News2.temperature(v.temperatureC()) == 3) {
            red.add(picture.trigger(Reading.TEMPERATURE, "temperature " + v.temperatureC() + " °C"));
        }
        if (red.isEmpty()) {
            return List.of();
        }
        String trigger = String.join(", ", red);
        return List.of(new RedFlag("vital_sign_danger", TriageLevel.EMERGENCY,
                "A vital sign is in the danger zone (" + trigger + "): it needs urgent review.", trigger));
    }
}
