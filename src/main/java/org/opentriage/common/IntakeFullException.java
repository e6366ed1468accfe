package org.opentriage.common;

import java.util.UUID;

/** A patient message that would take an intake session past its length limit (413). */
public class IntakeFullException extends RuntimeException {

    public IntakeFullException(UUID id, int maxCharacters) {
        super("Intake session " + id + " holds at most " + maxCharacters
                + " characters of the patient's words; this message was not added. Finish the session to get the triage.");
    }
}
