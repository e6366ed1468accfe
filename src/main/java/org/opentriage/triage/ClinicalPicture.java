package org.opentriage.triage;

import java.util.Optional;
import org.opentriage.api.Symptom;
import org.opentriage.api.TriageRequest;
import org.opentriage.api.Vitals;

/** Everything the rules look at, derived once per request. */
public record ClinicalPicture(TriageRequest request, double ageDays, ClinicalText text, Optional<News2Score> news2) {

    public static ClinicalPicture of(TriageRequest request) {
        String[] parts = new String[3 + request.symptomsOrEmpty().size()];
        parts[0] = request.complaint();
        // The pregnancy flag reads like the patient's own "pregnant", so pregnancy flags see it either way.
        parts[1] = request.patient().isPregnant() ? "pregnant" : null;
        // Diabetes in the history counts for diabetes flags; other history (an old stroke) must not fire a flag.
        parts[2] = diabeticHistory(request) ? "diabetic" : null;
        int i = 3;
        for (Symptom s : request.symptomsOrEmpty()) {
            parts[i++] = s.name();
        }
        double ageDays = request.patient().age().inDays();
        boolean news2Applies = ageDays / 365.25 >= News2.MIN_AGE_YEARS && !request.patient().isPregnant();
        Optional<News2Score> news2 = news2Applies ? News2.score(request.vitals()) : Optional.empty();
        return new ClinicalPicture(request, ageDays, ClinicalText.of(parts), news2);
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

    /** The vitals, never null. */
    public Vitals vitals() {
        Vitals v = request.vitals();
        return v != null ? v : new Vitals(null, null, null, null, null, null, null, null);
    }
}
