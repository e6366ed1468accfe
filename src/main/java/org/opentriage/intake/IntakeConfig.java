package org.opentriage.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Conversational intake. */
@ConfigMapping(prefix = "triage.intake")
public interface IntakeConfig {

    /** A session expires this long after its last message. Env: {@code TRIAGE_INTAKE_TTL}. */
    @WithDefault("30m")
    Duration ttl();

    /** Most questions the model may ask before the intake is finished. */
    @WithDefault("8")
    int maxQuestions();
}
