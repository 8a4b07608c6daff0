package com.marqasouq.kit.sandbox.domain.stock;

/** The stock of an item at one location; quantities are integers of 0 or more (D11). */
public final class InventoryLevel {
    public String id;
    public String locationId;
    public int stockedQuantity;
    public int reservedQuantity;
    public int incomingQuantity;

    /** D11: available = stocked - reserved, never below zero. */
    public int available() {
        return Math.max(0, stockedQuantity - reservedQuantity);
    }
}
