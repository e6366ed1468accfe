package org.opentriage.config;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.opentriage.StoredAssessment;
import org.opentriage.api.Age;
import org.opentriage.api.DifferentialView;
import org.opentriage.api.History;
import org.opentriage.api.News2View;
import org.opentriage.api.Patient;
import org.opentriage.api.RedFlagView;
import org.opentriage.api.Symptom;
import org.opentriage.api.TriageRequest;
import org.opentriage.api.Vitals;

/**
 * Types that Hibernate's own JSON mapper reads and writes in the jsonb columns. REST endpoints
 * register theirs; these are reached only through the entity, so the native image needs to be told.
 */
@RegisterForReflection(targets = {StoredAssessment.class, RedFlagView.class, News2View.class, News2View.Parameter.class,
        DifferentialView.class, TriageRequest.class, org.opentriage.Transcript.class, org.opentriage.Transcript.Turn.class, Patient.class, Age.class, Symptom.class, Vitals.class, History.class})
public final class NativeReflection {

    private NativeReflection() {
    }
}
