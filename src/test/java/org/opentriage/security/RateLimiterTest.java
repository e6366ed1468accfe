package org.opentriage.security;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.opentriage.common.RateLimitedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RateLimiterTest {

    final AtomicLong now = new AtomicLong();
    final Caller app = new Caller("app-a", "app-a", true);
    final Caller other = new Caller("app-b", "app-b", true);

    @Test
    void aClientMayBurstThenWaitsForTheRate() {
        RateLimiter limiter = new RateLimiter(60, 3, now::get);
        for (int i = 0; i < 3; i++) {
            limiter.acquire(app);
        }
        RateLimitedException refused = catchThrowableOfType(RateLimitedException.class, () -> limiter.acquire(app));
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);

        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(999));
        assertThatThrownBy(() -> limiter.acquire(app)).isInstanceOf(RateLimitedException.class);
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(2));
        limiter.acquire(app);
    }

    @Test
    void retryAfterSaysWhenTheNextStartIsFree() {
        RateLimiter limiter = new RateLimiter(6, 1, now::get);
        limiter.acquire(app);
        assertThat(catchThrowableOfType(RateLimitedException.class, () -> limiter.acquire(app)).retryAfterSeconds()).isEqualTo(10);
        now.addAndGet(TimeUnit.SECONDS.toNanos(4));
        assertThat(catchThrowableOfType(RateLimitedException.class, () -> limiter.acquire(app)).retryAfterSeconds()).isEqualTo(6);
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        RateLimiter limiter = new RateLimiter(60, 1, now::get);
        limiter.acquire(app);
        assertThatThrownBy(() -> limiter.acquire(app)).isInstanceOf(RateLimitedException.class);
        limiter.acquire(other);
    }

    @Test
    void anIdleClientDoesNotSaveUpMoreThanItsBurst() {
        RateLimiter limiter = new RateLimiter(60, 2, now::get);
        now.addAndGet(TimeUnit.HOURS.toNanos(1));
        limiter.acquire(app);
        limiter.acquire(app);
        assertThatThrownBy(() -> limiter.acquire(app)).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void zeroTurnsTheLimitOff() {
        RateLimiter limiter = new RateLimiter(0, 1, now::get);
        for (int i = 0; i < 1000; i++) {
            limiter.acquire(app);
        }
    }
}
