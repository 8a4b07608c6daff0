package com.marqasouq.kit.sandbox.domain.orders;

import com.marqasouq.kit.sandbox.domain.Metadata;
import com.marqasouq.kit.sandbox.domain.PageRequest;
import java.time.Instant;
import java.util.Set;

/**
 * Which orders a list asks for and which page of them. Empty {@code statuses} and null bounds
 * mean "any"; both date bounds are inclusive (D2), {@code synced} follows D5.
 */
public record OrderQuery(
        Set<String> statuses, Instant createdFrom, Instant createdTo, Boolean synced, PageRequest page) {

    public OrderQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    boolean matches(Order order) {
        return (statuses.isEmpty() || statuses.contains(order.status))
                && (createdFrom == null || !order.createdAt.isBefore(createdFrom))
                && (createdTo == null || !order.createdAt.isAfter(createdTo))
                && Metadata.matchesSynced(order.metadata, synced);
    }
}
