package org.opentriage.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * With authentication disabled (dev, tests, or TRIAGE_AUTH_DISABLED=true), every request is a
 * caller holding every role, so that the same role checks guard every endpoint in every mode.
 * With authentication enabled this mechanism never produces an identity.
 */
@ApplicationScoped
public class AuthDisabledMechanism implements HttpAuthenticationMechanism {

    static final SecurityIdentity EVERY_ROLE = QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal(Caller.UNAUTHENTICATED))
            .addRoles(Set.of(Roles.TRIAGE_CLIENT, Roles.NURSE, Roles.ADMIN))
            .build();

    private final AuthConfig config;

    public AuthDisabledMechanism(AuthConfig config) {
        this.config = config;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return config.disabled() ? Uni.createFrom().item(EVERY_ROLE) : Uni.createFrom().nullItem();
    }

    /**
     * Asked before the others: with authentication disabled nothing else need look at the request;
     * with it enabled this answers nothing at once and the bearer-token mechanism decides.
     */
    @Override
    public int getPriority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }
}
