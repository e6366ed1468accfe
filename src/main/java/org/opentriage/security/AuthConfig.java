package org.opentriage.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who may call the service. Tokens themselves are verified by quarkus-oidc
 * ({@code quarkus.oidc.auth-server-url} or {@code quarkus.oidc.public-key},
 * {@code quarkus.oidc.token.issuer}, {@code quarkus.oidc.token.audience}).
 */
@ConfigMapping(prefix = "triage.auth")
public interface AuthConfig {

    /**
     * Runs with no authentication at all: every caller has every role and sees every client's
     * cases. The dev and test profiles use it; production refuses it unless TRIAGE_AUTH_DISABLED=true.
     */
    @WithDefault("false")
    boolean disabled();

    /** The claim that names the calling app (tenant isolation); {@code sub} when it is absent. */
    @WithDefault("azp")
    String clientIdClaim();

    /** The claim that names the nurse in the audit trail; {@code sub} when it is absent. */
    @WithDefault("preferred_username")
    String actorClaim();
}
