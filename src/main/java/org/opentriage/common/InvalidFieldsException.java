package org.opentriage.common;

import java.util.List;

/** Fields of a body that passed Bean Validation but mean nothing here (an unknown question id, a wrong answer type): a 400 naming each. */
public class InvalidFieldsException extends RuntimeException {

    private final List<Problem.Violation> violations;

    public InvalidFieldsException(List<Problem.Violation> violations) {
        super("The request has " + violations.size() + " invalid field(s).");
        this.violations = List.copyOf(violations);
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
