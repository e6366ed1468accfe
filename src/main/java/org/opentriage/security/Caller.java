package org.opentriage.security;

/**
 * Who is calling: the name written in the audit trail, the client (app) that owns what it
 * creates, and whether it is confined to that client's cases.
 */
public record Caller(String actor, String clientId, boolean isolated) {

    /** The client id recorded when authentication is disabled (dev, tests, TRIAGE_AUTH_DISABLED). */
    public static final String UNAUTHENTICATED = "unauthenticated";

    /** The audit trail's name for a client app. */
    public String clientActor() {
        return "client:" + clientId;
    }

    /** Whether this caller may see something that the given client created. */
    public boolean mayRead(String owner) {
        return !isolated || clientId.equals(owner);
    }
}
