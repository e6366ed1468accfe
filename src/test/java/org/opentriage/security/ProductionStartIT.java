package org.opentriage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opentriage.testsupport.OllamaApi;
import org.opentriage.testsupport.PackagedApp;
import org.opentriage.testsupport.Tokens;

/** The production profile will not run a clinic without authentication, unless told to, loudly. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionStartIT {

    EmbeddedPostgres postgres;

    @BeforeAll
    void database() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    void stop() throws Exception {
        postgres.close();
    }

    Map<String, String> operatorEnvironment() {
        Map<String, String> env = new HashMap<>(PackagedApp.environment(postgres.getPort(), "http://localhost:9", OllamaApi.MODEL, "2s"));
        env.remove("TRIAGE_AUTH_DISABLED");
        return env;
    }

    @Test
    void withoutAVerificationKeyTheServiceRefusesToStart() {
        assertThatThrownBy(() -> PackagedApp.start(operatorEnvironment()).close())
                .hasMessageContaining("the application exited")
                .hasMessageContaining("Refusing to start without authentication")
                .hasMessageContaining("QUARKUS_OIDC_AUTH_SERVER_URL or QUARKUS_OIDC_PUBLIC_KEY");
    }

    @Test
    void aKeyWithoutAnAudienceIsNotEnough() {
        Map<String, String> env = operatorEnvironment();
        env.put("QUARKUS_OIDC_PUBLIC_KEY", new Tokens().publicKey());
        env.put("QUARKUS_OIDC_TOKEN_ISSUER", Tokens.ISSUER);
        assertThatThrownBy(() -> PackagedApp.start(env).close())
                .hasMessageContaining("Refusing to start without authentication: set QUARKUS_OIDC_TOKEN_AUDIENCE");
    }

    @Test
    void disablingAuthenticationStartsButWarnsAtEveryStart() throws Exception {
        Map<String, String> env = operatorEnvironment();
        env.put("TRIAGE_AUTH_DISABLED", "true");
        for (int start = 1; start <= 2; start++) {
            try (PackagedApp app = PackagedApp.start(env)) {
                assertThat(app.log()).containsPattern("WARN .*AUTHENTICATION IS DISABLED \\(TRIAGE_AUTH_DISABLED=true\\)");
            }
        }
    }

    @Test
    void noRoomForAnyModelStreamIsRefusedAtStart() {
        Map<String, String> env = operatorEnvironment();
        env.put("TRIAGE_AUTH_DISABLED", "true");
        env.put("TRIAGE_MODEL_MAX_STREAMS", "0");
        assertThatThrownBy(() -> PackagedApp.start(env).close())
                .hasMessageContaining("the application exited")
                .hasMessageContaining("triage.model.max-streams");
    }
}
