package com.marqasouq.kit.sandbox.domain.stock;

/**
 * What became of one SKU of a reduce-stock request (D14): the stocked quantity at the default
 * location before and after, and by how much it went down. For an unknown SKU the quantities
 * are null.
 */
public record ReduceOutcome(
        String sku, Status status, Integer previousQuantity, Integer newQuantity, Integer reducedBy, String message) {

    public enum Status {
        REDUCED,
        ALREADY_REDUCED,
        INSUFFICIENT_STOCK,
        NOT_FOUND
    }

    /** D14: a reduction already applied counts as done; the retry changes nothing. */
    public boolean successful() {
        return status == Status.REDUCED || status == Status.ALREADY_REDUCED;
    }
}
