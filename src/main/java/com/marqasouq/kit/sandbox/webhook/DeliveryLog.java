package com.marqasouq.kit.sandbox.webhook;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The last deliveries, newest first, for the controls. Bounded, so a long session or a 10,000-SKU
 * batch cannot grow memory without end; a delivery that falls off the end is still attempted.
 */
final class DeliveryLog {
    static final int CAPACITY = 1000;

    private final int capacity;
    private final Deque<Delivery> newestFirst = new ArrayDeque<>();

    DeliveryLog(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(Delivery delivery) {
        newestFirst.addFirst(delivery);
        while (newestFirst.size() > capacity) {
            newestFirst.removeLast();
        }
    }

    synchronized Optional<Delivery> find(String id) {
        return newestFirst.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    synchronized List<Delivery.Snapshot> newest(Predicate<Delivery.Snapshot> filter, int limit) {
        List<Delivery.Snapshot> out = new ArrayList<>();
        for (Delivery delivery : newestFirst) {
            if (out.size() == limit) {
                break;
            }
            Delivery.Snapshot snapshot = delivery.snapshot();
            if (filter.test(snapshot)) {
                out.add(snapshot);
            }
        }
        return out;
    }

    synchronized List<Delivery> toTarget(String targetId) {
        return newestFirst.stream()
                .filter(d -> d.target().id().equals(targetId))
                .toList();
    }

    synchronized List<Delivery> toPending() {
        return newestFirst.stream().filter(Delivery::isPending).toList();
    }

    /** Empties the log and returns what it held. */
    synchronized List<Delivery> clear() {
        List<Delivery> all = new ArrayList<>(newestFirst);
        newestFirst.clear();
        return all;
    }
}
