package org.opentriage.common;



/** Recognises PostgreSQL's unique_violation (SQLSTATE 23505) on the idempotency key, however wrapped. */
public final class UniqueViolations {

    static final String IDEMPOTENCY_INDEX = "triage_case_idempotency_key_uq";

    private UniqueViolations() {
    }

    public static boolean isIdempotencyKeyViolation(Throwable failure) {
        for (Throwable t : Causes.of(failure)) {
            String message = String.valueOf(t.getMessage());
            if (message.contains(IDEMPOTENCY_INDEX) || (message.contains("23505") && message.contains("idempotency"))) {
                return true;
            }
        }
        return false;
    }
}
