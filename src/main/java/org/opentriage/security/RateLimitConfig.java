package org.opentriage.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How many triage and intake sessions one client may start. */
@ConfigMapping(prefix = "triage.rate-limit")
public interface RateLimitConfig {

    /** Sustained starts per minute per client, on each replica; 0 turns the limit off. */
    @WithDefault("120")
    int requestsPerMinute();

    /** How many starts a client may make at once before the per-minute rate applies. */
    @WithDefault("30")
    int burst();
}
