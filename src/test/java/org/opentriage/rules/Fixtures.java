package org.opentriage.rules;

import java.util.List;
import org.opentriage.patient.Age;
import org.opentriage.patient.AgeUnit;
import org.opentriage.patient.Patient;
import org.opentriage.patient.Sex;
import org.opentriage.patient.Symptom;
import org.opentriage.patient.TriageRequest;
import org.opentriage.patient.Vitals;

final class Fixtures {

    private Fixtures() {
    }

    static TriageRequest request(double years, boolean pregnant, String complaint, Vitals vitals) {
        return new TriageRequest(new Patient(new Age(years, AgeUnit.YEARS), Sex.UNKNOWN, pregnant, null),
                complaint, List.of(), vitals, null, "en");
    }

    static TriageRequest request(double value, AgeUnit unit, String complaint, Vitals vitals) {
        return new TriageRequest(new Patient(new Age(value, unit), Sex.UNKNOWN, false, null),
                complaint, List.of(), vitals, null, "en");
    }

    static TriageRequest adult(String complaint, String... symptoms) {
        return new TriageRequest(new Patient(new Age(45.0, AgeUnit.YEARS), Sex.UNKNOWN, false, null), complaint,
                java.util.Arrays.stream(symptoms).map(s -> new Symptom(s, null, null)).toList(), null, null, "en");
    }

    static Vitals temperature(double t) {
        return new Vitals(null, null, null, null, null, null, null, t);
    }

    static SafetyFloorEngine engine() {
        return new SafetyFloorEngine(List.of(new News2Rule(), new VitalSignRule(), new ConsciousnessRule(),
                new InfantFeverRule(), new SepsisRule(), new SymptomRedFlagRule(), new HypertensiveCrisisRule(), new PeakFlowRule()));
    }
}
