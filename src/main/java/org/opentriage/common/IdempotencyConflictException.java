package org.opentriage.common;



/** An Idempotency-Key that was first used with a different request body. */
public class IdempotencyConflictException extends RuntimeException {

    public IdempotencyConflictException() {
        super("This Idempotency-Key was already used with a different request body.");
    }
}
