package com.marqasouq.kit.sandbox.http;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The last requests the sandbox answered, newest first, for GET /_sandbox/requests (D21). A ring
 * written without a lock: adding one costs a counter increment and an array store on the
 * request's thread, however many requests run at once.
 */
public final class RecentRequests {
    /** One answered request. */
    public record Entry(
            long sequence, Instant at, String method, String path, String query, int status, long durationMs) {}

    private final int capacity;
    private final AtomicReferenceArray<Entry> ring;
    private final AtomicLong sequence = new AtomicLong();
    /** Entries up to this sequence were cleared. */
    private volatile long clearedUpTo;

    public RecentRequests(int capacity) {
        this.capacity = capacity;
        this.ring = new AtomicReferenceArray<>(capacity);
    }

    public Entry add(Instant at, String method, String path, String query, int status, long durationMs) {
        long n = sequence.incrementAndGet();
        Entry entry = new Entry(n, at, method, path, query, status, durationMs);
        ring.set((int) (n % capacity), entry);
        return entry;
    }

    public List<Entry> newest(int limit) {
        long last = sequence.get();
        long first = Math.max(clearedUpTo, last - capacity) + 1;
        List<Entry> out = new ArrayList<>(Math.min(limit, capacity));
        for (long n = last; n >= first && out.size() < limit; n--) {
            Entry e = ring.get((int) (n % capacity));
            if (e != null && e.sequence() == n) { // else still being written, or already overwritten
                out.add(e);
            }
        }
        return out;
    }

    public void clear() {
        clearedUpTo = sequence.get();
    }
}
