package org.opentriage.triage;

import java.util.Optional;
import org.opentriage.api.Symptom;
import org.opentriage.api.TriageRequest;
import org.opentriage.api.Vitals;

/** Everything the rules look at, derived once per request. */
public record ClinicalPicture(TriageRequest request, double ageDays, ClinicalText text, Optional<News2Score> news2) {

    public static ClinicalPicture of(TriageRequest request) {
        String[] parts = new String[1 + request.symptomsOrEmpty().size()];
        parts[0] = request.complaint();
        int i = 1;
        for (Symptom s : request.symptomsOrEmpty()) {
            parts[i++] = s.name();
        }
        double ageDays = request.patient().age().inDays();
        boolean news2Applies = ageDays / 365.25 >= News2.MIN_AGE_YEARS && !request.patient().isPregnant();
        Optional<News2Score> news2 = news2Applies ? News2.score(request.vitals()) : Optional.empty();
        return new ClinicalPicture(request, ageDays, ClinicalText.of(parts), news2);
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
