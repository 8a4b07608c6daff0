package com.marqasouq.kit.sandbox.webhook;

import java.time.Duration;

/** Deliveries happen on other threads: retry an assertion until it holds, or fail with its last error. */
final class Eventually {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private Eventually() {}

    static void holds(Runnable assertion) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            }
        }
    }
}
