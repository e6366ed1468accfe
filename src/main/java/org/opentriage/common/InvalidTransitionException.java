package org.opentriage.common;



/** An action the case's status does not allow (409). */
public class InvalidTransitionException extends RuntimeException {

    public InvalidTransitionException(String message) {
        super(message);
    }
}
