package com.marqasouq.kit.sandbox.domain.orders;

/** The shipping option chosen for an order and its price. */
public final class ShippingMethod {
    public String id;
    public String name;
    public long price;
}
