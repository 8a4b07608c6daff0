package com.marqasouq.kit.sandbox.domain.products;

/** An amount in minor units of one currency (D1). */
public final class Price {
    public String currencyCode;
    public long amount;

    public Price() {}

    public Price(String currencyCode, long amount) {
        this.currencyCode = currencyCode;
        this.amount = amount;
    }
}
