package org.opentriage.common;



/** A client started more triage than its rate limit allows; it may retry after some seconds. */
public class RateLimitedException extends RuntimeException {

    private final long retryAfterSeconds;

    public RateLimitedException(long retryAfterSeconds) {
        super("Too many triage requests from this client; retry after " + retryAfterSeconds + " s. "
                + "A patient in danger must be told to call emergency services, whatever this answer.", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
