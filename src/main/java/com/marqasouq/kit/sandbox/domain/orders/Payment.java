package com.marqasouq.kit.sandbox.domain.orders;

/** A payment of an order. */
public final class Payment {
    public String id;
    public long amount;
    public String providerId;
    public PaymentStatus status;
}
