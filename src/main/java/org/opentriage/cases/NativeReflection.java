package org.opentriage.cases;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.opentriage.model.DifferentialView;
import org.opentriage.patient.Age;
import org.opentriage.patient.History;
import org.opentriage.patient.Patient;
import org.opentriage.patient.Symptom;
import org.opentriage.patient.TriageRequest;
import org.opentriage.patient.Vitals;

/**
 * Types that Hibernate's own JSON mapper reads and writes in the jsonb columns. REST endpoints
 * register theirs; these are reached only through the entity, so the native image needs to be told.
 */
@RegisterForReflection(targets = {StoredAssessment.class, RedFlagView.class, News2View.class, News2View.Parameter.class,
        DifferentialView.class, TriageRequest.class, ScreeningView.class, ScreeningView.Question.class,
        org.opentriage.patient.ScreeningAnswer.class, Patient.class, Age.class, Symptom.class, Vitals.class, History.class})
public final class NativeReflection {

    private NativeReflection() {
    }
}
