package org.opentriage.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long patient data is kept. This service is not the record of care: the clinic's own record
 * is. Set the ages to what the clinic's law and policy require.
 */
@ConfigMapping(prefix = "triage.retention")
public interface RetentionConfig {

    /** Resolved cases older than this (since resolution) are erased. Env: TRIAGE_RETENTION_RESOLVED_CASES. */
    @WithDefault("90d")
    Duration resolvedCases();

    /** Intake sessions that never became a case are erased this long after they expired. */
    @WithDefault("1d")
    Duration intakeSessions();

    /** How often the retention job runs; {@code off} disables it. Env: TRIAGE_RETENTION_EVERY. */
    @WithDefault("1h")
    String every();

    /** Rows erased per transaction. */
    @WithDefault("500")
    int batchSize();
}
