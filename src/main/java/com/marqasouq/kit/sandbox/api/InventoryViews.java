package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.generated.model.BatchUpdateResponse;
import com.marqasouq.kit.generated.model.BatchUpdateResult;
import com.marqasouq.kit.generated.model.InventoryItemListResponse;
import com.marqasouq.kit.generated.model.InventoryLevel;
import com.marqasouq.kit.generated.model.InventoryLevelResponse;
import com.marqasouq.kit.generated.model.StockLocationAddress;
import com.marqasouq.kit.generated.model.StockLocationListResponse;
import com.marqasouq.kit.generated.model.UpdatedInventoryLevel;
import com.marqasouq.kit.sandbox.domain.Page;
import com.marqasouq.kit.sandbox.domain.stock.InventoryItem;
import com.marqasouq.kit.sandbox.domain.stock.LevelSnapshot;
import com.marqasouq.kit.sandbox.domain.stock.StockLocation;
import com.marqasouq.kit.sandbox.domain.stock.UpdateOutcome;
import com.marqasouq.kit.sandbox.domain.stock.UpdateSummary;
import java.util.List;
import java.util.Locale;

/** Maps stock to the admin inventory DTOs (sections 3.1–3.4, 3.6); called inside the store's lock. */
final class InventoryViews {
    /** D4: the stock-locations route takes no paging, so one page holds them all. */
    private static final int LOCATIONS_PAGE = 50;

    private InventoryViews() {}

    static com.marqasouq.kit.generated.model.InventoryItem item(InventoryItem item) {
        return new com.marqasouq.kit.generated.model.InventoryItem(
                item.id,
                item.sku,
                item.title,
                item.requiresShipping,
                item.levels.stream()
                        .map(level -> new InventoryLevel(
                                level.id,
                                level.locationId,
                                level.stockedQuantity,
                                level.reservedQuantity,
                                level.incomingQuantity,
                                level.available()))
                        .toList());
    }

    static InventoryItemListResponse list(Page<com.marqasouq.kit.generated.model.InventoryItem> page) {
        return new InventoryItemListResponse(page.items(), page.total())
                .offset(page.offset())
                .limit(page.limit());
    }

    static InventoryLevelResponse level(LevelSnapshot level) {
        return new InventoryLevelResponse(new UpdatedInventoryLevel(
                        level.id(),
                        level.inventoryItemId(),
                        level.locationId(),
                        level.stockedQuantity(),
                        level.reservedQuantity(),
                        level.incomingQuantity())
                .availableQuantity(level.availableQuantity()));
    }

    static BatchUpdateResponse batch(UpdateSummary summary) {
        return new BatchUpdateResponse(
                summary.success(),
                summary.applied(),
                summary.failed(),
                summary.outcomes().stream().map(InventoryViews::result).toList());
    }

    private static BatchUpdateResult result(UpdateOutcome outcome) {
        return new BatchUpdateResult(outcome.sku(), WireValues.of(outcome.status()))
                .stockedQuantity(outcome.stockedQuantity())
                .previousQuantity(outcome.previousQuantity())
                .message(outcome.message());
    }

    static com.marqasouq.kit.generated.model.StockLocation location(StockLocation location) {
        return new com.marqasouq.kit.generated.model.StockLocation(
                location.id,
                location.name,
                new StockLocationAddress(location.city, location.countryCode.toLowerCase(Locale.ROOT))
                        .address1(location.address1));
    }

    static StockLocationListResponse locations(List<com.marqasouq.kit.generated.model.StockLocation> locations) {
        return new StockLocationListResponse(locations)
                .count(locations.size())
                .offset(0)
                .limit(Math.max(LOCATIONS_PAGE, locations.size()));
    }
}
