package org.opentriage.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opentriage.patient.Consciousness;
import org.opentriage.patient.Vitals;

/**
 * National Early Warning Score 2.
 *
 * <p>Source: Royal College of Physicians, "National Early Warning Score (NEWS) 2: Standardising the
 * assessment of acute-illness severity in the NHS", updated report of a working party, London:
 * RCP, December 2017. Chart 1 (the scoring system) gives the bands below; Chart 2 the risk
 * thresholds: aggregate 0–4 low, a score of 3 in any single parameter low–medium, 5–6 medium,
 * 7 or more high. SpO2 Scale 2 is for patients with hypercapnic respiratory failure and a
 * prescribed target of 88–92 %. NEWS2 is not validated under 16 years or in pregnancy.
 *
 * <p>Each band method is public so that the boundary tests read like the chart.
 */
public final class News2 {

    /** NEWS2 applies from this age (RCP 2017: not for children under 16). */
    public static final double MIN_AGE_YEARS = 16;
    /** RCP 2017 Chart 2: an aggregate of 5 or more is medium risk (urgent response). */
    static final int MEDIUM_FROM = 5;

    private News2() {
    }

    /**
     * Scores the vitals. With every parameter, the score. With some missing, the parameters given
     * make a lower bound (a missing parameter can only add points): returned, marked partial, only
     * when its aggregate already reaches the chart's urgent threshold (5 or more); below it, it tells
     * nothing, and a single reading in the red band is the vital-sign rules' (VitalSignRule).
     */
    public static Optional<News2Score> score(Vitals v) {
        if (v == null) {
            return Optional.empty();
        }
        boolean scale2 = v.hypercapnic();
        List<News2Score.Component> parts = new ArrayList<>(7);
        List<String> missing = new ArrayList<>();
        if (v.respiratoryRate() == null) {
            missing.add("respiratoryRate");
        } else {
            parts.add(new News2Score.Component("respiratoryRate", v.respiratoryRate() + "/min",
                    respirationRate(v.respiratoryRate())));
        }
        if (v.spo2() == null) {
            missing.add("spo2");
        } else {
            parts.add(new News2Score.Component("spo2", v.spo2() + "%",
                    scale2 ? spo2Scale2(v.spo2(), v.onOxygen()) : spo2Scale1(v.spo2())));
        }
        parts.add(new News2Score.Component("airOrOxygen", v.onOxygen() ? "oxygen" : "air", airOrOxygen(v.onOxygen())));
        if (v.systolicBp() == null) {
            missing.add("systolicBp");
        } else {
            parts.add(new News2Score.Component("systolicBp", v.systolicBp() + " mmHg", systolicBp(v.systolicBp())));
        }
        if (v.heartRate() == null) {
            missing.add("heartRate");
        } else {
            parts.add(new News2Score.Component("heartRate", v.heartRate() + "/min", pulse(v.heartRate())));
        }
        if (v.consciousness() == null) {
            missing.add("consciousness");
        } else {
            parts.add(new News2Score.Component("consciousness", v.consciousness().name().toLowerCase(),
                    consciousness(v.consciousness())));
        }
        if (v.temperatureC() == null) {
            missing.add("temperatureC");
        } else {
            parts.add(new News2Score.Component("temperatureC", String.valueOf(v.temperatureC()), temperature(v.temperatureC())));
        }
        int total = parts.stream().mapToInt(News2Score.Component::points).sum();
        News2Risk risk = risk(total, parts);
        if (!missing.isEmpty() && total < MEDIUM_FROM) {
            return Optional.empty();
        }
        return Optional.of(new News2Score(total, risk, scale2 ? 2 : 1, List.copyOf(parts), !missing.isEmpty(),
                List.copyOf(missing)));
    }

    static News2Risk risk(int total, List<News2Score.Component> parts) {
        if (total >= 7) {
            return News2Risk.HIGH;
        }
        if (total >= 5) {
            return News2Risk.MEDIUM;
        }
        return parts.stream().anyMatch(p -> p.points() == 3) ? News2Risk.LOW_MEDIUM : News2Risk.LOW;
    }

    /** Respiration rate per minute: ≤8 → 3, 9–11 → 1, 12–20 → 0, 21–24 → 2, ≥25 → 3. */
    public static int respirationRate(int rr) {
        if (rr <= 8) return 3;
        if (rr <= 11) return 1;
        if (rr <= 20) return 0;
        if (rr <= 24) return 2;
        return 3;
    }

    /** SpO2 Scale 1 (%): ≤91 → 3, 92–93 → 2, 94–95 → 1, ≥96 → 0. */
    public static int spo2Scale1(int spo2) {
        if (spo2 <= 91) return 3;
        if (spo2 <= 93) return 2;
        if (spo2 <= 95) return 1;
        return 0;
    }

    /**
     * SpO2 Scale 2 (%): ≤83 → 3, 84–85 → 2, 86–87 → 1, 88–92 (or ≥93 on air) → 0,
     * 93–94 on oxygen → 1, 95–96 on oxygen → 2, ≥97 on oxygen → 3.
     */
    public static int spo2Scale2(int spo2, boolean onOxygen) {
        if (spo2 <= 83) return 3;
        if (spo2 <= 85) return 2;
        if (spo2 <= 87) return 1;
        if (spo2 <= 92 || !onOxygen) return 0;
        if (spo2 <= 94) return 1;
        if (spo2 <= 96) return 2;
        return 3;
    }

    /** Air or oxygen: supplemental oxygen → 2, air → 0. */
    public static int airOrOxygen(boolean onOxygen) {
        return onOxygen ? 2 : 0;
    }

    /** Systolic blood pressure (mmHg): ≤90 → 3, 91–100 → 2, 101–110 → 1, 111–219 → 0, ≥220 → 3. */
    public static int systolicBp(int sbp) {
        if (sbp <= 90) return 3;
        if (sbp <= 100) return 2;
        if (sbp <= 110) return 1;
        if (sbp <= 219) return 0;
        return 3;
    }

    /** Pulse per minute: ≤40 → 3, 41–50 → 1, 51–90 → 0, 91–110 → 1, 111–130 → 2, ≥131 → 3. */
    public static int pulse(int hr) {
        if (hr <= 40) return 3;
        if (hr <= 50) return 1;
        if (hr <= 90) return 0;
        if (hr <= 110) return 1;
        if (hr <= 130) return 2;
        return 3;
    }

    /** Consciousness (ACVPU): alert → 0; new confusion, voice, pain or unresponsive → 3. */
    public static int consciousness(Consciousness c) {
        return c == Consciousness.ALERT ? 0 : 3;
    }

    /**
     * Temperature (°C, read to one decimal as the chart is): ≤35.0 → 3, 35.1–36.0 → 1,
     * 36.1–38.0 → 0, 38.1–39.0 → 1, ≥39.1 → 2.
     */
    public static int temperature(double celsius) {
        long tenths = Math.round(celsius * 10);
        if (tenths <= 350) return 3;
        if (tenths <= 360) return 1;
        if (tenths <= 380) return 0;
        if (tenths <= 390) return 1;
        return 2;
    }
}
