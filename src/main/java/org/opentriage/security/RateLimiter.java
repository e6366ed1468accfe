package org.opentriage.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.opentriage.common.RateLimitedException;

/**
 * A token bucket per client: {@code burst} starts at once, refilled at {@code requestsPerMinute}.
 * Clients are named by verified tokens, so the map holds one small entry per registered app.
 * The count is per replica: with n replicas a client may start up to n times the rate.
 */
@ApplicationScoped
public class RateLimiter {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final double perNano;
    private final double capacity;
    private final LongSupplier clock;

    @Inject
    public RateLimiter(RateLimitConfig config) {
        this(config.requestsPerMinute(), config.burst(), System::nanoTime);
    }

    RateLimiter(int requestsPerMinute, int burst, LongSupplier clock) {
        this.perNano = requestsPerMinute / 60e9;
        this.capacity = Math.max(1, burst);
        this.clock = clock;
    }

    /** Takes one start from the client's bucket, or throws with the seconds until one is free. */
    public void acquire(Caller caller) {
        if (perNano <= 0) {
            return;
        }
        buckets.computeIfAbsent(caller.clientId(), k -> new Bucket(capacity, clock.getAsLong())).take(this);
    }

    private static final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized void take(RateLimiter limiter) {
            long now = limiter.clock.getAsLong();
            tokens = Math.min(limiter.capacity, tokens + (now - updated) * limiter.perNano);
            updated = now;
            if (tokens < 1) {
                double seconds = (1 - tokens) / limiter.perNano / 1e9;
                // Rounded up to whole seconds; the microsecond keeps float error from adding a second.
                throw new RateLimitedException(Math.max(1, (long) Math.ceil(seconds - 1e-6)));
            }
            tokens -= 1;
        }
    }
}
