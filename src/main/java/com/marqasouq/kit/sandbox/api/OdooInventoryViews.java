package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.generated.model.OdooInventoryListResponse;
import com.marqasouq.kit.generated.model.OdooInventoryProduct;
import com.marqasouq.kit.generated.model.OdooInventoryRow;
import com.marqasouq.kit.generated.model.OdooInventorySyncResponse;
import com.marqasouq.kit.generated.model.OdooInventorySyncResult;
import com.marqasouq.kit.generated.model.OdooInventorySyncSummary;
import com.marqasouq.kit.generated.model.Pagination;
import com.marqasouq.kit.sandbox.domain.Page;
import com.marqasouq.kit.sandbox.domain.products.Product;
import com.marqasouq.kit.sandbox.domain.products.Variant;
import com.marqasouq.kit.sandbox.domain.state.State;
import com.marqasouq.kit.sandbox.domain.stock.InventoryItem;
import com.marqasouq.kit.sandbox.domain.stock.StockLocation;
import com.marqasouq.kit.sandbox.domain.stock.UpdateOutcome;
import com.marqasouq.kit.sandbox.domain.stock.UpdateSummary;

/** Maps stock to the /odoo/inventory DTOs (sections 8.5, 8.6); called inside the store's lock. */
final class OdooInventoryViews {
    private OdooInventoryViews() {}

    /** Section 8.5: one row per item, its quantities summed over its locations. */
    static OdooInventoryRow row(State state, InventoryItem item, boolean withProduct) {
        OdooInventoryRow row = new OdooInventoryRow(
                item.id,
                item.sku,
                item.title,
                item.stocked(),
                item.reserved(),
                item.available(),
                locationName(state, item));
        if (withProduct) {
            row.product(product(state, item.sku));
        }
        return row;
    }

    /** The name of the item's first location; the default location's for an item with no level yet. */
    private static String locationName(State state, InventoryItem item) {
        String locationId = item.levels.isEmpty() ? StockLocation.DEFAULT_ID : item.levels.get(0).locationId;
        StockLocation location = state.stockLocation(locationId);
        return location == null ? locationId : location.name;
    }

    /** Null for an item whose SKU no variant has: Odoo may sync stock before the product exists. */
    private static OdooInventoryProduct product(State state, String sku) {
        Product product = state.productBySku(sku);
        Variant variant = state.variantBySku(sku);
        if (product == null || variant == null) {
            return null;
        }
        return new OdooInventoryProduct(variant.id, product.id, product.title);
    }

    static OdooInventoryListResponse list(Page<OdooInventoryRow> page) {
        return new OdooInventoryListResponse(page.items())
                .pagination(new Pagination(page.total(), page.limit(), page.offset(), page.hasMore()));
    }

    /** Section 8.6, D13: a created item is {@code synced} with {@code previous_quantity: 0}. */
    static OdooInventorySyncResponse sync(UpdateSummary summary) {
        OdooInventorySyncSummary counts =
                new OdooInventorySyncSummary(summary.outcomes().size(), summary.applied(), summary.failed());
        return new OdooInventorySyncResponse(
                summary.success(),
                counts,
                summary.outcomes().stream().map(OdooInventoryViews::result).toList());
    }

    private static OdooInventorySyncResult result(UpdateOutcome outcome) {
        String status = switch (outcome.status()) {
            case UPDATED -> "synced";
            case DUPLICATE -> "duplicate";
            // D13 creates unknown SKUs, so only a bad quantity or location is left: both are invalid input.
            case INVALID, NOT_FOUND -> "invalid";
        };
        return new OdooInventorySyncResult(outcome.sku(), status)
                .previousQuantity(outcome.previousQuantity())
                .newQuantity(outcome.stockedQuantity())
                .message(outcome.message());
    }
}
