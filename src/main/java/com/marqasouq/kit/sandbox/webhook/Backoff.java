package com.marqasouq.kit.sandbox.webhook;

import java.time.Duration;
import java.util.Optional;

/**
 * D20's retry schedule: after a failed attempt n, wait {@code base * 2^(n-1)}; 5 attempts in all.
 * With the default base of 1 s a failing event is tried at 0, 1, 3, 7 and 15 s.
 */
record Backoff(Duration base, int attempts) {
    static final int ATTEMPTS = 5;

    static Backoff of(Duration base) {
        if (base == null || base.isNegative()) {
            throw new IllegalArgumentException("The webhook base delay must be zero or positive, got " + base);
        }
        return new Backoff(base, ATTEMPTS);
    }

    /** The wait before the next attempt, or empty when {@code attempt} was the last one. */
    Optional<Duration> after(int attempt) {
        if (attempt < 1 || attempt >= attempts) {
            return Optional.empty();
        }
        return Optional.of(base.multipliedBy(1L << (attempt - 1)));
    }
}
