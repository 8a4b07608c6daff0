package com.marqasouq.kit.sandbox.webhook;

import java.time.Duration;
import java.time.Instant;

/** One try to deliver: the receiver's status code (and Retry-After), or the error when there was no response. */
record Attempt(int number, Instant at, Integer statusCode, String error, long durationMs, Duration retryAfter) {

    Attempt(int number, Instant at, Integer statusCode, String error, long durationMs) {
        this(number, at, statusCode, error, durationMs, null);
    }

    /** Any 2xx ends the delivery (D20). */
    boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    /** No answer, a server error, a timeout or "too many requests": the receiver is down, not refusing the event. */
    boolean receiverDown() {
        return statusCode == null || statusCode >= 500 || statusCode == 408 || statusCode == 429;
    }

    String outcome() {
        return statusCode != null ? statusCode.toString() : error;
    }
}
