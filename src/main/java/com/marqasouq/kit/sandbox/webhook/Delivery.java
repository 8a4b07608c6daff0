package com.marqasouq.kit.sandbox.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One envelope on its way to one target, with every attempt made (D20). Attempts run on the
 * dispatcher's threads while the controls read it, so every access is synchronized.
 */
final class Delivery {
    enum Status {
        PENDING,
        DELIVERED,
        FAILED
    }

    /** A consistent copy for the deliveries list. */
    record Snapshot(
            String id,
            WebhookEnvelope envelope,
            Target target,
            Status status,
            Instant nextAttemptAt,
            List<Attempt> attempts) {}

    private final String id;
    private final WebhookEnvelope envelope;
    private final Target target;
    private final List<Attempt> attempts = new ArrayList<>();
    private Status status = Status.PENDING;
    private Instant nextAttemptAt;

    Delivery(String id, WebhookEnvelope envelope, Target target) {
        this.id = id;
        this.envelope = envelope;
        this.target = target;
    }

    /** A delivery read back from the state file, with the attempts it had already made. */
    static Delivery restored(String id, WebhookEnvelope envelope, Target target, List<Attempt> attempts) {
        Delivery delivery = new Delivery(id, envelope, target);
        delivery.attempts.addAll(attempts);
        return delivery;
    }

    String id() {
        return id;
    }

    WebhookEnvelope envelope() {
        return envelope;
    }

    Target target() {
        return target;
    }

    synchronized boolean isPending() {
        return status == Status.PENDING;
    }

    synchronized int nextAttemptNumber() {
        nextAttemptAt = null;
        return attempts.size() + 1;
    }

    /** Delivered is a fact, even if the delivery was stopped while this attempt was under way. */
    synchronized void delivered(Attempt attempt) {
        attempts.add(attempt);
        status = Status.DELIVERED;
        nextAttemptAt = null;
    }

    synchronized void retryAt(Attempt attempt, Instant next) {
        attempts.add(attempt);
        if (status == Status.PENDING) {
            nextAttemptAt = next;
        }
    }

    synchronized void failed(Attempt attempt) {
        attempts.add(attempt);
        status = status == Status.DELIVERED ? status : Status.FAILED;
        nextAttemptAt = null;
    }

    /** No more attempts (target removed, log cleared, shutdown); false if it had already ended. */
    synchronized boolean stop() {
        if (status != Status.PENDING) {
            return false;
        }
        status = Status.FAILED;
        nextAttemptAt = null;
        return true;
    }

    synchronized Snapshot snapshot() {
        return new Snapshot(id, envelope, target, status, nextAttemptAt, List.copyOf(attempts));
    }
}
