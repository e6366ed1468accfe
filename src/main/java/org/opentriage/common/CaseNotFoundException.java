package org.opentriage.common;

import java.util.UUID;

public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(UUID id) {
        this("case", id);
    }

    public CaseNotFoundException(String what, UUID id) {
        super("No " + what + " with id " + id + ".");
    }
}
