package org.opentriage.rules;



/**
 * A finding of the deterministic rules that sets a floor.
 *
 * @param code        stable snake_case identifier, e.g. {@code acs_chest_pain}
 * @param level       the least urgent level the case may have because of this finding
 * @param description one plain sentence saying why it fired
 * @param trigger     the input that fired it (a phrase of the complaint, or a reading)
 * @param forPatient  the explanation for the patient in English and Hindi, where the finding has its
 *                    own (a screening answer); null: {@link PatientExplanations} has it
 */
public record RedFlag(String code, TriageLevel level, String description, String trigger, Knowledge.Text forPatient) {

    public RedFlag(String code, TriageLevel level, String description, String trigger) {
        this(code, level, description, trigger, null);
    }
}
