package org.opentriage.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The API scenario tests are not about sign-in: the packaged jar they run against (production
 * profile) is told to run without authentication and rate limits, as an operator would have to
 * say explicitly. The security tests start their own jar with a verification key instead.
 */
public class AuthDisabledResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("triage.auth.disabled", "true", "triage.rate-limit.requests-per-minute", "0");
    }

    @Override
    public void stop() {
    }
}
