package com.marqasouq.kit.sandbox.webhook;

import java.time.Duration;
import java.util.Optional;

/**
 * When to try again (D20). A receiver that rejects an event (a 4xx other than 408 and 429) gets
 * 5 attempts in all, {@code base * 2^(n-1)} apart: with the default base of 1 s, at 0, 1, 3, 7 and
 * 15 s. A receiver that is down (no answer, a 5xx, 408 or 429) is retried until it recovers, the
 * delay growing the same way up to {@code 16 * base} and staying there, so no event is given up
 * because of an outage. A {@code Retry-After} the receiver sends replaces the computed delay (up
 * to {@link #MAX_RETRY_AFTER}).
 */
record Backoff(Duration base, int attempts) {
    static final int ATTEMPTS = 5;
    static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(10);

    static Backoff of(Duration base) {
        if (base == null || base.isNegative()) {
            throw new IllegalArgumentException("The webhook base delay must be zero or positive, got " + base);
        }
        return new Backoff(base, ATTEMPTS);
    }

    /** The wait before the next attempt at an event the receiver rejected, or empty when {@code attempt} was the last one. */
    Optional<Duration> after(int attempt) {
        if (attempt < 1 || attempt >= attempts) {
            return Optional.empty();
        }
        return Optional.of(base.multipliedBy(1L << (attempt - 1)));
    }

    /** The wait before trying a receiver that is down again: it grows, then stays at 16 times the base. */
    Duration whileDown(int attempt) {
        int doublings = Math.max(0, Math.min(attempt - 1, attempts - 1));
        return base.multipliedBy(1L << doublings);
    }

    /** The receiver's own Retry-After wins, within reason. */
    static Duration honouring(Duration computed, Duration retryAfter) {
        if (retryAfter == null || retryAfter.isNegative()) {
            return computed;
        }
        return retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter;
    }
}
