package com.marqasouq.kit.sandbox.http;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one log line per request (method, path, status, ms), written by a thread of its own: the
 * request's thread only queues the entry, without a lock or a wake-up call, so logging costs the
 * request nothing measurable however many run at once. The writer looks for new entries every
 * few milliseconds. If the console cannot keep up, at most {@link #MAX_WAITING} lines wait; more
 * are dropped and counted in a warning rather than slowing the API.
 */
public final class RequestLog implements AutoCloseable {
    static final int MAX_WAITING = 20_000;
    private static final Logger LOG = LoggerFactory.getLogger("sandbox.requests");
    private static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final Queue<RecentRequests.Entry> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private volatile boolean closed;

    public RequestLog() {
        writer = new Thread(this::run, "request-log");
        writer.setDaemon(true);
        writer.start();
    }

    public void add(RecentRequests.Entry entry) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        if (size.incrementAndGet() > MAX_WAITING) {
            size.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        waiting.add(entry);
    }

    private void run() {
        while (!closed) {
            if (!writeWaiting()) {
                LockSupport.parkNanos(IDLE_NANOS);
            }
        }
        writeWaiting();
    }

    /** Writes what is queued; false if there was nothing. */
    private boolean writeWaiting() {
        boolean wrote = false;
        for (RecentRequests.Entry e; (e = waiting.poll()) != null; ) {
            size.decrementAndGet();
            wrote = true;
            String query = e.query() == null ? "" : "?" + e.query();
            LOG.info("{} {}{} {} {} ms", e.method(), e.path(), query, e.status(), e.durationMs());
        }
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            LOG.warn("{} request lines were not logged: the console could not keep up", lost);
        }
        return wrote;
    }

    /** Writes the lines still waiting and stops the writer. */
    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(writer);
        try {
            writer.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
