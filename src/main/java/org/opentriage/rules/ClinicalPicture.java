package org.opentriage.rules;

import java.util.Optional;
import org.opentriage.patient.Symptom;
import org.opentriage.patient.TriageRequest;
import org.opentriage.patient.Vitals;

/**
 * Everything the rules look at, derived once per request.
 *
 * @param vitals the vital signs, never null: those the app sent, and where it sent none, those the
 *               patient wrote ({@link WrittenReadings}). NEWS2 is scored from the app's readings only.
 */
public record ClinicalPicture(TriageRequest request, double ageDays, ClinicalText text, Optional<News2Score> news2,
                              WrittenReadings written, Vitals vitals) {

    private static final Vitals NO_VITALS = new Vitals(null, null, null, null, null, null, null, null);

    public static ClinicalPicture of(TriageRequest request) {
        String[] words = new String[1 + request.symptomsOrEmpty().size()];
        words[0] = request.complaint();
        for (int i = 0; i < request.symptomsOrEmpty().size(); i++) {
            words[i + 1] = request.symptomsOrEmpty().get(i).name();
        }
        WrittenReadings written = WrittenReadings.read(words);
        String[] parts = new String[5 + request.symptomsOrEmpty().size()];
        parts[0] = request.complaint();
        // The pregnancy flag reads like the patient's own "pregnant", so pregnancy flags see it either way.
        parts[1] = request.patient().isPregnant() ? "pregnant" : null;
        // Diabetes in the history counts for diabetes flags; other history (an old stroke) must not fire a flag.
        parts[2] = diabeticHistory(request) ? "diabetic" : null;
        // A written glucose reads as the words the sugar flags know.
        parts[3] = written.lowSugar() ? "low blood sugar" : null;
        parts[4] = written.highSugar() ? "hyperglycaemia" : null;
        int i = 5;
        for (Symptom s : request.symptomsOrEmpty()) {
            parts[i++] = s.name();
        }
        double ageDays = request.patient().age().inDays();
        boolean news2Applies = ageDays / 365.25 >= News2.MIN_AGE_YEARS && !request.patient().isPregnant();
        Optional<News2Score> news2 = news2Applies ? News2.score(request.vitals()) : Optional.empty();
        return new ClinicalPicture(request, ageDays, ClinicalText.of(parts), news2, written,
                withWritten(request.vitals() != null ? request.vitals() : NO_VITALS, written));
    }

    /** The app's readings win: a reading it sent was measured now; the patient's words fill the gaps. */
    private static Vitals withWritten(Vitals v, WrittenReadings w) {
        if (w.values().isEmpty()) {
            return v;
        }
        Double temperature = v.temperatureC() != null ? v.temperatureC()
                : w.get(WrittenReadings.Reading.TEMPERATURE).map(WrittenReadings.Value::value).orElse(null);
        return new Vitals(
                first(v.respiratoryRate(), w.whole(WrittenReadings.Reading.RESPIRATORY_RATE)),
                first(v.spo2(), w.whole(WrittenReadings.Reading.SPO2)),
                v.onSupplementalOxygen(), v.hypercapnicRespiratoryFailure(),
                first(v.systolicBp(), w.whole(WrittenReadings.Reading.SYSTOLIC)),
                first(v.heartRate(), w.whole(WrittenReadings.Reading.HEART_RATE)),
                v.consciousness(), temperature);
    }

    private static Integer first(Integer sent, Integer written) {
        return sent != null ? sent : written;
    }

    /** The readings the app sent, never null; {@link #vitals()} adds those the patient wrote. */
    public Vitals measured() {
        return request.vitals() != null ? request.vitals() : NO_VITALS;
    }

    /**
     * A flag's trigger for a reading: as it is when the app sent the reading, and with the
     * patient's words when they wrote it, so a nurse sees where the number came from.
     */
    public String trigger(WrittenReadings.Reading reading, String trigger) {
        Vitals m = measured();
        Object sent = switch (reading) {
            case SPO2 -> m.spo2();
            case SYSTOLIC -> m.systolicBp();
            case DIASTOLIC -> null;
            case HEART_RATE -> m.heartRate();
            case RESPIRATORY_RATE -> m.respiratoryRate();
            case TEMPERATURE -> m.temperatureC();
        };
        return sent != null ? trigger
                : written.get(reading).map(w -> trigger + " (written: \"" + w.words() + "\")").orElse(trigger);
    }

    private static boolean diabeticHistory(TriageRequest request) {
        return request.history() != null && request.history().conditions() != null
                && request.history().conditions().stream()
                .anyMatch(c -> ClinicalText.of(c).findAffirmed(RedFlagLexicon.DIABETIC).isPresent());
    }

    public double ageYears() {
        return ageDays / 365.25;
    }

    public boolean adult() {
        return ageYears() >= News2.MIN_AGE_YEARS;
    }
}
