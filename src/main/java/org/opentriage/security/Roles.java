package org.opentriage.security;

/** The three roles, as they appear in the token's roles claim. */
public final class Roles {

    /** A telehealth app: creates triage and intake sessions, reads only its own cases. */
    public static final String TRIAGE_CLIENT = "triage-client";
    /** A nurse: the queue, case views and review actions. */
    public static final String NURSE = "nurse";
    /** An administrator: erasure requests and the erasure log. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
