package org.opentriage.common;

import java.util.UUID;

/** An intake session past its expiry (410). */
public class SessionExpiredException extends RuntimeException {

    public SessionExpiredException(UUID id) {
        super("Intake session " + id + " has expired; start a new one.");
    }
}
