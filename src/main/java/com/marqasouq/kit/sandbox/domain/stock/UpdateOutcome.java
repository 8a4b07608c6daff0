package com.marqasouq.kit.sandbox.domain.stock;

/**
 * What became of one entry of a batch or an Odoo sync (D12, D13). Quantities are null for an
 * entry that was not applied; {@code created} tells that an Odoo sync made a new item.
 */
public record UpdateOutcome(
        String sku, Status status, Integer previousQuantity, Integer stockedQuantity, boolean created, String message) {

    public enum Status {
        UPDATED,
        NOT_FOUND,
        INVALID,
        DUPLICATE
    }

    static UpdateOutcome updated(String sku, int previous, int stocked, boolean created) {
        return new UpdateOutcome(sku, Status.UPDATED, previous, stocked, created, null);
    }

    static UpdateOutcome failed(String sku, Status status, String message) {
        return new UpdateOutcome(sku, status, null, null, false, message);
    }

    public boolean applied() {
        return status == Status.UPDATED;
    }
}
