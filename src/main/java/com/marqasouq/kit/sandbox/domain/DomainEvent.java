package com.marqasouq.kit.sandbox.domain;

/**
 * A state change that webhooks announce (D20), holding the values it had when it happened: the
 * webhook payload is made from it later, outside the domain, from the spec's event schemas.
 * The events are {@code OrderEvent}, {@code CustomerEvent} and {@code StockLevelEvent}.
 */
public interface DomainEvent {
    /** The event's name in the contract, e.g. {@code order.placed}. */
    String name();
}
