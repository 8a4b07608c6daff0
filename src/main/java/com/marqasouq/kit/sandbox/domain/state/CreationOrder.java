package com.marqasouq.kit.sandbox.domain.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Entities kept sorted oldest first, then by id (D4), so a list is read in order instead of
 * sorted per request. New entities are usually the newest, so adding is an append; an older one
 * (a loaded document in another order) is inserted by binary search. Not thread-safe: {@link Store}
 * guards it.
 */
final class CreationOrder<T> {
    private final Function<T, Instant> createdAt;
    private final Comparator<T> order;
    private final ArrayList<T> sorted = new ArrayList<>();
    private final List<T> view = Collections.unmodifiableList(sorted);

    CreationOrder(Function<T, Instant> createdAt, Function<T, String> id) {
        this.createdAt = createdAt;
        this.order = Comparator.comparing(createdAt).thenComparing(id);
    }

    void add(T entity) {
        int size = sorted.size();
        if (size == 0 || order.compare(sorted.get(size - 1), entity) <= 0) {
            sorted.add(entity);
            return;
        }
        int at = Collections.binarySearch(sorted, entity, order);
        sorted.add(at < 0 ? -at - 1 : at, entity);
    }

    void remove(T entity) {
        int at = Collections.binarySearch(sorted, entity, order);
        if (at >= 0) {
            sorted.remove(at);
        }
    }

    /** All of them, oldest first; a read-only view, valid while the store's lock or stamp is. */
    List<T> all() {
        return view;
    }

    int size() {
        return sorted.size();
    }

    /** Those created within [from, to] (either bound may be null), as a view. */
    List<T> createdBetween(Instant from, Instant to) {
        int lo = from == null ? 0 : firstNotBefore(from, false);
        int hi = to == null ? sorted.size() : firstNotBefore(to, true);
        return hi <= lo ? List.of() : view.subList(lo, hi);
    }

    /** The first index whose creation time is at or after {@code at} (or after it, if {@code strictly}). */
    private int firstNotBefore(Instant at, boolean strictly) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int c = createdAt.apply(sorted.get(mid)).compareTo(at);
            if (c < 0 || (strictly && c == 0)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    void trim() {
        sorted.trimToSize();
    }
}
