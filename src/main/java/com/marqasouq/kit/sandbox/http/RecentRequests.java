package com.marqasouq.kit.sandbox.http;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The last requests the sandbox answered, newest first, for GET /_sandbox/requests (D21). */
public final class RecentRequests {
    /** One answered request. */
    public record Entry(
            long sequence, Instant at, String method, String path, String query, int status, long durationMs) {}

    private final int capacity;
    private final Deque<Entry> entries = new ArrayDeque<>();
    private long sequence;

    public RecentRequests(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void add(Instant at, String method, String path, String query, int status, long durationMs) {
        entries.addFirst(new Entry(++sequence, at, method, path, query, status, durationMs));
        while (entries.size() > capacity) {
            entries.removeLast();
        }
    }

    public synchronized List<Entry> newest(int limit) {
        List<Entry> out = new ArrayList<>(Math.min(limit, entries.size()));
        for (Entry e : entries) {
            if (out.size() == limit) {
                break;
            }
            out.add(e);
        }
        return out;
    }

    public synchronized void clear() {
        entries.clear();
    }
}
