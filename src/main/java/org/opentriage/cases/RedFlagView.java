package org.opentriage.cases;



/**
 * A red flag: {@code description} says in one plain sentence why it fired (for the nurse, in
 * English), {@code patientExplanation} says the same in the patient's language where available,
 * {@code trigger} is the input that fired it, {@code level} the floor it sets.
 */
public record RedFlagView(String code, String description, String trigger, int level, String patientExplanation) {
}
