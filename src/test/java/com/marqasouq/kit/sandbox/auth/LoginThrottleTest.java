package com.marqasouq.kit.sandbox.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final AtomicLong now = new AtomicLong();
    private final LoginThrottle throttle = new LoginThrottle(now::get);

    @Test
    void aClientIsStoppedAfterFiveFailuresUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertEquals(Optional.empty(), throttle.waitFor("10.0.0.1"));
            throttle.failed("10.0.0.1");
            now.addAndGet(Duration.ofSeconds(1).toNanos());
        }

        assertEquals(Optional.of(Duration.ofSeconds(55)), throttle.waitFor("10.0.0.1"));
        assertEquals(Optional.empty(), throttle.waitFor("10.0.0.2"), "other clients are not affected");
        now.addAndGet(Duration.ofSeconds(55).toNanos());
        assertEquals(Optional.empty(), throttle.waitFor("10.0.0.1"));
    }

    @Test
    void aSuccessfulLoginClearsTheClientsFailures() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.failed("c");
        }
        throttle.succeeded("c");
        throttle.failed("c");

        assertTrue(throttle.waitFor("c").isEmpty());
    }
}
