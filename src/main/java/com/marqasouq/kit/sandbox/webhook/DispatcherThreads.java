package com.marqasouq.kit.sandbox.webhook;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The dispatcher's threads: one scheduler that starts attempts and times the back-off, and the
 * HTTP client's pool that completes them. Daemon threads, so a sandbox that is never closed
 * cannot keep the JVM alive; closing stops both.
 */
final class DispatcherThreads implements AutoCloseable {
    private final ScheduledThreadPoolExecutor scheduler;
    private final ExecutorService http;

    DispatcherThreads() {
        scheduler = new ScheduledThreadPoolExecutor(1, daemon("webhook-dispatcher"));
        scheduler.setRemoveOnCancelPolicy(true);
        http = Executors.newCachedThreadPool(daemon("webhook-http"));
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    ExecutorService http() {
        return http;
    }

    void later(Duration delay, Runnable task) {
        try {
            scheduler.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            // Closed: the retry is dropped with the sandbox.
        }
    }

    boolean closed() {
        return scheduler.isShutdown();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        http.shutdownNow();
        try {
            scheduler.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
