package com.marqasouq.kit.sandbox.domain.stock;

/** A warehouse; the default one is sloc_01ABC "Main Warehouse" (D11, D22). */
public final class StockLocation {
    public static final String DEFAULT_ID = "sloc_01ABC";

    public String id;
    public String name;
    public String address1;
    public String city;
    public String countryCode;
}
