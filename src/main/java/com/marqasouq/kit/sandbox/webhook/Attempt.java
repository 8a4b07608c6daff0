package com.marqasouq.kit.sandbox.webhook;

import java.time.Instant;

/** One try to deliver: the receiver's status code, or the error when there was no response. */
record Attempt(int number, Instant at, Integer statusCode, String error, long durationMs) {

    /** Any 2xx ends the delivery (D20). */
    boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    String outcome() {
        return statusCode != null ? statusCode.toString() : error;
    }
}
