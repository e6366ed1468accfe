package org.opentriage.service;

import java.util.UUID;

public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(UUID id) {
        super("No case with id " + id + ".");
    }
}
