package org.opentriage.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * A production start needs authentication: a token verifier (an OIDC provider or a static public
 * key), an issuer and an audience. Without them the service refuses to start, unless the operator
 * disabled authentication on purpose, which is then logged as a warning at every start.
 */
@Singleton
public class AuthStartupCheck {

    private static final Logger LOG = Logger.getLogger(AuthStartupCheck.class);

    void onStart(@Observes StartupEvent event, AuthConfig auth, Config config) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        if (auth.disabled()) {
            LOG.warn("AUTHENTICATION IS DISABLED (TRIAGE_AUTH_DISABLED=true): anyone who can reach this service "
                    + "can read and change every patient's case. Never run a clinic like this.");
            return;
        }
        List<String> missing = missing(
                config.getOptionalValue("quarkus.oidc.auth-server-url", String.class),
                config.getOptionalValue("quarkus.oidc.public-key", String.class),
                config.getOptionalValue("quarkus.oidc.token.issuer", String.class),
                config.getOptionalValue("quarkus.oidc.token.audience", String.class));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Refusing to start without authentication: set " + String.join(", ", missing)
                    + " (see README, Security), or TRIAGE_AUTH_DISABLED=true to run without it.");
        }
    }

    /** What an operator still has to set; empty when tokens can be verified. */
    static List<String> missing(Optional<String> authServerUrl, Optional<String> publicKey,
                                Optional<String> issuer, Optional<String> audience) {
        List<String> missing = new ArrayList<>();
        boolean provider = authServerUrl.filter(s -> !s.isBlank()).isPresent();
        boolean key = publicKey.filter(s -> !s.isBlank()).isPresent();
        if (!provider && !key) {
            missing.add("QUARKUS_OIDC_AUTH_SERVER_URL or QUARKUS_OIDC_PUBLIC_KEY");
        }
        if (!provider && issuer.filter(s -> !s.isBlank()).isEmpty()) {
            // A provider's issuer comes from its discovery document; a bare key has none.
            missing.add("QUARKUS_OIDC_TOKEN_ISSUER");
        }
        if (audience.filter(s -> !s.isBlank()).isEmpty()) {
            missing.add("QUARKUS_OIDC_TOKEN_AUDIENCE");
        }
        return missing;
    }
}
