package com.marqasouq.kit.sandbox.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void waitsTheBaseTimesTwoToTheAttemptMinusOneBetweenFiveAttempts() {
        Backoff backoff = Backoff.of(Duration.ofSeconds(1));
        assertEquals(5, backoff.attempts());
        assertEquals(Optional.of(Duration.ofSeconds(1)), backoff.after(1));
        assertEquals(Optional.of(Duration.ofSeconds(2)), backoff.after(2));
        assertEquals(Optional.of(Duration.ofSeconds(4)), backoff.after(3));
        assertEquals(Optional.of(Duration.ofSeconds(8)), backoff.after(4));
    }

    @Test
    void theFifthAttemptIsTheLast() {
        assertTrue(Backoff.of(Duration.ofSeconds(1)).after(5).isEmpty());
    }

    @Test
    void aBaseInMillisecondsScalesTheWholeSchedule() {
        Backoff backoff = Backoff.of(Duration.ofMillis(10));
        assertEquals(Optional.of(Duration.ofMillis(10)), backoff.after(1));
        assertEquals(Optional.of(Duration.ofMillis(80)), backoff.after(4));
    }

    @Test
    void aNegativeBaseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Backoff.of(Duration.ofMillis(-1)));
    }
}
