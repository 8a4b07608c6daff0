package com.marqasouq.kit.sandbox.webhook;

import java.time.Duration;

/** The one log line per attempt (D20): {@code webhook order.placed evt_… → http://… attempt 2/5: 500 in 3 ms, retry in 2 s}. */
final class AttemptLine {
    private AttemptLine() {}

    static String of(Delivery delivery, Attempt attempt, int attempts, String then) {
        return "webhook " + delivery.envelope().event() + " "
                + delivery.envelope().id()
                + " → " + delivery.target().url()
                + " attempt " + attempt.number() + "/" + attempts + ": " + attempt.outcome()
                + " in " + attempt.durationMs() + " ms, " + then;
    }

    static String retryIn(Duration delay) {
        return "retry in " + human(delay);
    }

    static String human(Duration delay) {
        long ms = delay.toMillis();
        return ms >= 1000 && ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
