package org.opentriage.security;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Nurses sign in to the dashboard with the authorization-code flow (tenant {@code dashboard});
 * apps call the API with bearer tokens (the default tenant). The dashboard tenant handles sign-in
 * and sign-out, and the API calls of a browser holding its session cookie. A request without any
 * credentials gets the default tenant's 401, never a redirect, so API clients see a plain answer.
 */
@ApplicationScoped
public class DashboardTenantResolver implements TenantResolver {

    static final String TENANT = "dashboard";
    static final String SESSION_COOKIE = "q_session_" + TENANT;

    private final boolean signIn;

    public DashboardTenantResolver(@ConfigProperty(name = "quarkus.oidc.dashboard.tenant-enabled", defaultValue = "false") boolean signIn) {
        this.signIn = signIn;
    }

    @Override
    public String resolve(RoutingContext context) {
        if (!signIn || context.request().getHeader("Authorization") != null) {
            return null;
        }
        String path = context.normalizedPath();
        if (path.equals("/login") || path.equals("/logout")) {
            return TENANT;
        }
        return path.startsWith("/api/") && context.request().getCookie(SESSION_COOKIE) != null ? TENANT : null;
    }
}
