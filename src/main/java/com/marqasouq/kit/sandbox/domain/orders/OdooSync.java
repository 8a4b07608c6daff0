package com.marqasouq.kit.sandbox.domain.orders;

import com.marqasouq.kit.sandbox.domain.Metadata;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code PATCH /odoo/orders/{id}} sends (D8): an optional new status ({@code completed}
 * or {@code canceled}), Odoo's references and metadata to merge into the order's metadata.
 */
public record OdooSync(String status, String odooOrderId, String odooStatus, Map<String, Object> metadata) {
    // D2: RFC 3339 UTC with milliseconds, the same text as the API's timestamps.
    private static final DateTimeFormatter SYNC_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    boolean isEmpty() {
        return status == null && odooOrderId == null && odooStatus == null && (metadata == null || metadata.isEmpty());
    }

    /**
     * The order's metadata after the sync: the sent metadata merged in (D7), then Odoo's
     * references, then the sync marks, so that the marks always say what happened (D8).
     */
    LinkedHashMap<String, Object> applyTo(Map<String, Object> current, Instant now) {
        LinkedHashMap<String, Object> merged = Metadata.merge(current, metadata);
        if (odooOrderId != null) {
            merged.put("odoo_order_id", odooOrderId);
        }
        if (odooStatus != null) {
            merged.put("odoo_status", odooStatus);
        }
        merged.put("odoo_synced", true);
        merged.put("odoo_sync_date", SYNC_DATE.format(now));
        return merged;
    }
}
