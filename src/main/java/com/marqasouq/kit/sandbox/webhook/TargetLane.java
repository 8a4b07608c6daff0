package com.marqasouq.kit.sandbox.webhook;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * The deliveries waiting for one target, attempted one at a time in the order they joined. New
 * events join in emission order; a retry joins again when its back-off has passed, so a failing
 * event does not hold back the ones after it (and may arrive after them).
 */
final class TargetLane {
    /** A safety valve for a target that hangs while events keep coming. */
    static final int MAX_WAITING = 10_000;

    private final Executor executor;
    private final Function<Delivery, CompletableFuture<?>> attempt;
    private final Deque<Delivery> waiting = new ArrayDeque<>();
    private boolean busy;

    TargetLane(Executor executor, Function<Delivery, CompletableFuture<?>> attempt) {
        this.executor = executor;
        this.attempt = attempt;
    }

    /** Queues the delivery; false (and nothing queued) when the lane is full. */
    boolean offer(Delivery delivery) {
        synchronized (this) {
            if (waiting.size() >= MAX_WAITING) {
                return false;
            }
            waiting.addLast(delivery);
        }
        schedulePump();
        return true;
    }

    private void pump() {
        Delivery next;
        synchronized (this) {
            if (busy) {
                return;
            }
            next = waiting.pollFirst();
            while (next != null && !next.isPending()) {
                next = waiting.pollFirst();
            }
            if (next == null) {
                return;
            }
            busy = true;
        }
        CompletableFuture<?> running;
        try {
            running = attempt.apply(next);
        } catch (RuntimeException e) {
            running = CompletableFuture.completedFuture(null);
        }
        running.whenComplete((ignored, error) -> {
            synchronized (this) {
                busy = false;
            }
            schedulePump();
        });
    }

    private void schedulePump() {
        try {
            executor.execute(this::pump);
        } catch (RejectedExecutionException shuttingDown) {
            // The sandbox is stopping: what is still waiting is dropped with it.
        }
    }
}
