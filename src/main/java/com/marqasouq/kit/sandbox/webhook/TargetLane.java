package com.marqasouq.kit.sandbox.webhook;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The deliveries waiting for one target, attempted one at a time in the order they joined. A
 * failed attempt holds the whole lane: the event is retried first, after its back-off, and the
 * events behind it wait without spending attempts, so a receiver that is down gets one probe at a
 * time and, once it recovers, every event in order. The lane is bounded: when it is full, the
 * oldest waiting delivery is handed to {@code overflow} (which marks it failed) to make room.
 */
final class TargetLane {
    static final int MAX_WAITING = 1_000;

    private final ScheduledExecutorService executor;
    private final Function<Delivery, CompletableFuture<Optional<Duration>>> attempt;
    private final Consumer<Delivery> overflow;
    private final int capacity;
    private final Deque<Delivery> waiting = new ArrayDeque<>();
    private boolean busy;

    TargetLane(
            ScheduledExecutorService executor,
            Function<Delivery, CompletableFuture<Optional<Duration>>> attempt,
            Consumer<Delivery> overflow,
            int capacity) {
        this.executor = executor;
        this.attempt = attempt;
        this.overflow = overflow;
        this.capacity = capacity;
    }

    /** Queues the delivery; when the lane is full the oldest waiting one is given up first. */
    void offer(Delivery delivery) {
        Delivery dropped = null;
        synchronized (this) {
            waiting.removeIf(d -> !d.isPending());
            if (waiting.size() >= capacity) {
                dropped = waiting.pollFirst();
            }
            waiting.addLast(delivery);
        }
        if (dropped != null) {
            overflow.accept(dropped);
        }
        schedulePump(Duration.ZERO);
    }

    synchronized int size() {
        return waiting.size();
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
        Delivery current = next;
        CompletableFuture<Optional<Duration>> running;
        try {
            running = attempt.apply(current);
        } catch (RuntimeException e) {
            running = CompletableFuture.completedFuture(Optional.empty());
        }
        running.whenComplete((retry, error) -> {
            Duration pause = Duration.ZERO;
            synchronized (this) {
                if (retry != null && retry.isPresent() && current.isPending()) {
                    waiting.addFirst(current);
                    pause = retry.get();
                }
            }
            resumeAfter(pause);
        });
    }

    private void resumeAfter(Duration pause) {
        try {
            executor.schedule(
                    () -> {
                        synchronized (this) {
                            busy = false;
                        }
                        pump();
                    },
                    pause.toNanos(),
                    TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            // The sandbox is stopping: what is waiting stays pending, for the state file.
        }
    }

    private void schedulePump(Duration delay) {
        try {
            executor.schedule(this::pump, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            // The sandbox is stopping: what is waiting stays pending, for the state file.
        }
    }
}
