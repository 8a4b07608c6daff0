package com.marqasouq.kit.sandbox.domain.orders;

import com.marqasouq.kit.sandbox.domain.Metadata;
import com.marqasouq.kit.sandbox.domain.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which orders a list asks for and which page of them. Empty {@code statuses} and null bounds
 * mean "any"; both date bounds are inclusive (D2), {@code synced} follows D5.
 */
public record OrderQuery(
        Set<OrderStatus> statuses, Instant createdFrom, Instant createdTo, Boolean synced, PageRequest page) {

    public OrderQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** Oldest first, then by id (D4): the order of the store's indexes. */
    public static final Comparator<Order> CREATION_ORDER =
            Comparator.comparing((Order o) -> o.createdAt).thenComparing(o -> o.id);

    /** What the indexes (status, creation time) do not answer, or null when they answer everything. */
    Predicate<Order> remainingFilter() {
        return synced == null ? null : order -> Metadata.matchesSynced(order.metadata, synced);
    }
}
