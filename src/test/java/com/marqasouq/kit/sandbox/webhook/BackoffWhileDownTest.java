package com.marqasouq.kit.sandbox.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackoffWhileDownTest {
    private final Backoff backoff = Backoff.of(Duration.ofSeconds(1));

    @Test
    void aReceiverThatIsDownIsRetriedEveryFewSecondsAtMostForever() {
        assertEquals(Duration.ofSeconds(1), backoff.whileDown(1));
        assertEquals(Duration.ofSeconds(8), backoff.whileDown(4));
        assertEquals(Duration.ofSeconds(16), backoff.whileDown(5));
        assertEquals(Duration.ofSeconds(16), backoff.whileDown(500));
    }

    @Test
    void retryAfterWinsOverTheBackOffWithinTenMinutes() {
        assertEquals(Duration.ofSeconds(30), Backoff.honouring(Duration.ofSeconds(1), Duration.ofSeconds(30)));
        assertEquals(Duration.ofMinutes(10), Backoff.honouring(Duration.ofSeconds(1), Duration.ofDays(1)));
        assertEquals(Duration.ofSeconds(1), Backoff.honouring(Duration.ofSeconds(1), null));
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        assertEquals(Duration.ofSeconds(120), RetryAfter.parse(Optional.of("120")));
        assertEquals(Duration.ZERO, RetryAfter.parse(Optional.of("Wed, 21 Oct 2015 07:28:00 GMT")));
        assertNull(RetryAfter.parse(Optional.of("soon")));
        assertNull(RetryAfter.parse(Optional.empty()));
    }
}
