package org.opentriage.service;

/** Recognises PostgreSQL's unique_violation (SQLSTATE 23505) on the idempotency key, however wrapped. */
final class UniqueViolations {

    static final String IDEMPOTENCY_INDEX = "triage_case_idempotency_key_uq";

    private UniqueViolations() {
    }

    static boolean isIdempotencyKeyViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains(IDEMPOTENCY_INDEX) || (message.contains("23505") && message.contains("idempotency"))) {
                return true;
            }
        }
        return false;
    }
}
