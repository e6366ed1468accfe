package org.opentriage.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.opentriage.patient.Consciousness;

/**
 * Reduced consciousness on the ACVPU scale, at any age. Responding only to pain or not at all is
 * roughly GCS 8 or less, an airway risk: ambulance (Resuscitation Council UK ABCDE approach).
 * New confusion or responding only to voice: emergency department (NEWS2 scores both 3; NICE NG143
 * lists "no response to social cues / does not wake" as a red feature in children).
 */
@ApplicationScoped
public class ConsciousnessRule implements SafetyRule {

    @Override
    public List<RedFlag> evaluate(ClinicalPicture picture) {
        Consciousness c = picture.vitals().consciousness();
        if (c == null || c == Consciousness.ALERT) {
            return List.of();
        }
        String value = c.name().toLowerCase();
        if (c == Consciousness.PAIN || c == Consciousness.UNRESPONSIVE) {
            return List.of(new RedFlag("reduced_consciousness", TriageLevel.EMERGENCY_AMBULANCE,
                    "The patient responds only to pain or not at all: the airway is at risk.", "consciousness " + value));
        }
        return List.of(new RedFlag("altered_consciousness", TriageLevel.EMERGENCY,
                "The patient is newly confused or responds only to voice.", "consciousness " + value));
    }
}
