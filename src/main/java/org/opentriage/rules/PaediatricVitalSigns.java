package org.opentriage.rules;

import java.util.ArrayList;
import java.util.List;
import org.opentriage.patient.Vitals;
import org.opentriage.rules.WrittenReadings.Reading;

/**
 * Danger-zone vital signs for children under 16, where NEWS2 does not apply.
 *
 * <p>Sources:
 * <ul>
 *   <li>NICE NG143 "Fever in under 5s" (2019, updated 2021), Table 1: respiratory rate over 60 is
 *       red; over 50 (6–12 months) or over 40 (over 12 months) amber; tachycardia over 160 (under
 *       12 months), 150 (12–24 months), 140 (2–5 years) amber; SpO2 95 % or less in air amber.</li>
 *   <li>Advanced Life Support Group, APLS 6th edition (2016), normal ranges by age, for the upper
 *       limits from 5 years (NG143 stops at 5): respiratory rate 25 (5–12 years), 20 (over 12);
 *       heart rate 120 (5–12 years), 100 (over 12).</li>
 *   <li>AHA PALS 2020, hypotension: systolic below 60 mmHg (term neonates, 0–28 days), below 70
 *       (1–12 months), below 70 + 2 × age in years (1–10 years), below 90 (10 years and over);
 *       heart rate below 60 with poor perfusion needs CPR. Both: ambulance.</li>
 * </ul>
 * Red → emergency department, amber → seen within 24 hours, PALS criteria → ambulance.
 */
final class PaediatricVitalSigns {

    /** One age band: from {@code fromDays} (inclusive) to the next band. */
    record Band(String name, double fromDays, int rrAmberAbove, int hrAmberAbove) {
    }

    static final int RR_RED_ABOVE = 60;
    static final int SPO2_AMBER_AT_OR_BELOW = 95;
    static final int HR_CRITICAL_BELOW = 60;

    /** Ordered youngest first. */
    static final List<Band> BANDS = List.of(
            new Band("under 6 months", 0, 60, 160),
            new Band("6-12 months", days(0.5), 50, 160),
            new Band("12-24 months", days(1), 40, 150),
            new Band("2-5 years", days(2), 40, 140),
            new Band("5-12 years", days(5), 25, 120),
            new Band("12-16 years", days(12), 20, 100));

    private PaediatricVitalSigns() {
    }

    static double days(double years) {
        return years * 365.25;
    }

    static Band band(double ageDays) {
        Band found = BANDS.get(0);
        for (Band b : BANDS) {
            if (ageDays >= b.fromDays()) {
                found = b;
            }
        }
        return found;
    }

    /** PALS lower limit of systolic pressure for the age. */
    static int hypotensionBelow(double ageDays) {
        if (ageDays <= 28) return 60;
        if (ageDays < days(1)) return 70;
        if (ageDays < days(10)) return 70 + 2 * (int) Math.floor(ageDays / 365.25);
        return 90;
    }

    static List<RedFlag> evaluate(ClinicalPicture picture) {
        double ageDays = picture.ageDays();
        Vitals v = picture.vitals();
        Band band = band(ageDays);
        List<RedFlag> flags = new ArrayList<>();
        Integer rr = v.respiratoryRate();
        Integer hr = v.heartRate();
        Integer sbp = v.systolicBp();
        if (sbp != null && sbp < hypotensionBelow(ageDays)) {
            flags.add(new RedFlag("paediatric_hypotension", TriageLevel.EMERGENCY_AMBULANCE,
                    "Blood pressure " + sbp + " mmHg is below the safe minimum of " + hypotensionBelow(ageDays)
                            + " mmHg for the child's age: a sign of shock.", picture.trigger(Reading.SYSTOLIC, "systolic " + sbp + " mmHg")));
        }
        if (hr != null && hr < HR_CRITICAL_BELOW) {
            flags.add(new RedFlag("paediatric_bradycardia", TriageLevel.EMERGENCY_AMBULANCE,
                    "A heart rate of " + hr + "/min is dangerously slow for a child.", picture.trigger(Reading.HEART_RATE, "heart rate " + hr + "/min")));
        }
        if (rr != null && rr > RR_RED_ABOVE) {
            flags.add(new RedFlag("paediatric_tachypnoea", TriageLevel.EMERGENCY,
                    "Breathing at " + rr + " breaths a minute is dangerously fast for a child.", picture.trigger(Reading.RESPIRATORY_RATE, "respiratory rate " + rr + "/min")));
        } else if (rr != null && rr > band.rrAmberAbove()) {
            flags.add(new RedFlag("paediatric_fast_breathing", TriageLevel.CONSULTATION_24,
                    "Breathing at " + rr + " breaths a minute is fast for a child aged " + band.name() + ".",
                    picture.trigger(Reading.RESPIRATORY_RATE, "respiratory rate " + rr + "/min")));
        }
        if (hr != null && hr > band.hrAmberAbove()) {
            flags.add(new RedFlag("paediatric_tachycardia", TriageLevel.CONSULTATION_24,
                    "A heart rate of " + hr + "/min is fast for a child aged " + band.name() + ".", picture.trigger(Reading.HEART_RATE, "heart rate " + hr + "/min")));
        }
        Integer spo2 = v.spo2();
        if (spo2 != null && spo2 >= VitalSignRule.LOW_SPO2 && spo2 <= SPO2_AMBER_AT_OR_BELOW && !v.onOxygen()) {
            flags.add(new RedFlag("paediatric_low_oxygen", TriageLevel.CONSULTATION_24,
                    "Oxygen saturation of " + spo2 + " % in air is low for a child.", picture.trigger(Reading.SPO2, "spo2 " + spo2 + "%")));
        }
        return flags;
    }
}
