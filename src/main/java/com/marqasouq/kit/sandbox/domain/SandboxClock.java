package com.marqasouq.kit.sandbox.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The sandbox's notion of "now" for domain timestamps and date filters (D21). It follows real
 * time from an offset, or stands still when frozen, so that a developer can replay an
 * incremental sync. Token expiry and webhook back-off use real time, not this clock.
 */
public final class SandboxClock {
    private final Clock real;
    private Duration offset = Duration.ZERO;
    private Instant frozenAt;

    public SandboxClock(Clock real) {
        this.real = real;
    }

    public static SandboxClock system() {
        return new SandboxClock(Clock.systemUTC());
    }

    /** Now, truncated to milliseconds because responses carry milliseconds (D2). */
    public synchronized Instant now() {
        Instant now = frozenAt != null ? frozenAt : real.instant().plus(offset);
        return now.truncatedTo(ChronoUnit.MILLIS);
    }

    public synchronized boolean frozen() {
        return frozenAt != null;
    }

    /** Jumps to {@code instant}; a frozen clock stays frozen there, a running one runs on from it. */
    public synchronized void set(Instant instant, boolean freeze) {
        if (freeze) {
            frozenAt = instant;
        } else {
            frozenAt = null;
            offset = Duration.between(real.instant(), instant);
        }
    }

    public synchronized void advance(Duration by) {
        if (frozenAt != null) {
            frozenAt = frozenAt.plus(by);
        } else {
            offset = offset.plus(by);
        }
    }

    /** Back to real time. */
    public synchronized void reset() {
        frozenAt = null;
        offset = Duration.ZERO;
    }
}
