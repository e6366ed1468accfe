package org.opentriage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthStartupCheckTest {

    static final Optional<String> NONE = Optional.empty();

    @Test
    void aProviderNeedsOnlyAnAudience() {
        assertThat(AuthStartupCheck.missing(Optional.of("https://auth.clinic/realms/triage"), NONE, NONE, Optional.of("triage-service")))
                .isEmpty();
        assertThat(AuthStartupCheck.missing(Optional.of("https://auth.clinic/realms/triage"), NONE, NONE, NONE))
                .containsExactly("QUARKUS_OIDC_TOKEN_AUDIENCE");
    }

    @Test
    void aStaticKeyNeedsAnIssuerAndAnAudience() {
        assertThat(AuthStartupCheck.missing(NONE, Optional.of("MIIB..."), Optional.of("https://issuer"), Optional.of("aud"))).isEmpty();
        assertThat(AuthStartupCheck.missing(NONE, Optional.of("MIIB..."), NONE, NONE))
                .containsExactly("QUARKUS_OIDC_TOKEN_ISSUER", "QUARKUS_OIDC_TOKEN_AUDIENCE");
    }

    @Test
    void nothingOrBlankValuesAreNothing() {
        assertThat(AuthStartupCheck.missing(Optional.of(" "), Optional.of(""), NONE, Optional.of(" ")))
                .containsExactly("QUARKUS_OIDC_AUTH_SERVER_URL or QUARKUS_OIDC_PUBLIC_KEY", "QUARKUS_OIDC_TOKEN_ISSUER",
                        "QUARKUS_OIDC_TOKEN_AUDIENCE");
    }
}
