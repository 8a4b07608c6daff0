package com.marqasouq.kit.sandbox.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The recent-requests ring: newest first, at most its capacity, cleared by a reset, safe from many threads. */
class RecentRequestsTest {

    @Test
    void keepsTheNewestUpToItsCapacityNewestFirst() {
        RecentRequests recent = new RecentRequests(3);
        for (int i = 1; i <= 5; i++) {
            recent.add(Instant.now(), "GET", "/r" + i, null, 200, 1);
        }

        assertEquals(List.of("/r5", "/r4", "/r3"), paths(recent.newest(10)));
        assertEquals(List.of("/r5", "/r4"), paths(recent.newest(2)));
    }

    @Test
    void aClearForgetsEverythingBeforeIt() {
        RecentRequests recent = new RecentRequests(10);
        recent.add(Instant.now(), "GET", "/before", null, 200, 1);

        recent.clear();
        recent.add(Instant.now(), "GET", "/after", null, 200, 1);

        assertEquals(List.of("/after"), paths(recent.newest(10)));
    }

    @Test
    void requestsAddedFromManyThreadsAreAllListedOnce() throws Exception {
        RecentRequests recent = new RecentRequests(8_000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> adders = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                adders.add(pool.submit(() -> {
                    for (int i = 0; i < 1_000; i++) {
                        recent.add(Instant.now(), "GET", "/t" + thread + "/" + i, null, 200, 1);
                    }
                }));
            }
            for (Future<?> adder : adders) {
                adder.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<RecentRequests.Entry> all = recent.newest(10_000);
        Set<String> distinct = new HashSet<>(paths(all));
        assertEquals(8_000, all.size());
        assertEquals(8_000, distinct.size());
    }

    private static List<String> paths(List<RecentRequests.Entry> entries) {
        return entries.stream().map(RecentRequests.Entry::path).toList();
    }
}
