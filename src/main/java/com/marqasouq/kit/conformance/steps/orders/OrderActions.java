package com.marqasouq.kit.conformance.steps.orders;

import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.steps.common.Json;
import com.marqasouq.kit.conformance.steps.common.Times;
import com.marqasouq.kit.conformance.world.Preparation;
import com.marqasouq.kit.conformance.world.World;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What Odoo does to an order, in the request bodies of the document (sections 2.3–2.5, 8.3). */
public final class OrderActions {
    private final World world;
    private final List<ApiResult> answers = new ArrayList<>();
    private final Map<String, String> salesOrders = new HashMap<>();
    private final Map<String, Integer> shipped = new HashMap<>();
    private String sentSyncDate;

    public OrderActions(World world) {
        this.world = world;
    }

    /** Section 2.3: {metadata: {odoo_synced: true, odoo_order_id, odoo_sync_date}}. */
    ApiResult markSynced(String orderId, String odooOrderId) {
        sentSyncDate = Times.format(Instant.now());
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("odoo_synced", true);
        metadata.put("odoo_order_id", odooOrderId);
        metadata.put("odoo_sync_date", sentSyncDate);
        return update(orderId, Map.of("metadata", metadata));
    }

    ApiResult update(String orderId, Map<String, Object> body) {
        return world.call("POST", "/admin/orders/" + orderId)
                .body(Json.write(body))
                .send();
    }

    String sentSyncDate() {
        return sentSyncDate;
    }

    /** Section 2.4: {items: [{item_id, quantity}], metadata: {tracking_number, carrier}}. */
    ApiResult ship(String orderId, Map<String, Integer> quantities, String trackingNumber, String carrier) {
        List<Map<String, Object>> items = new ArrayList<>();
        quantities.forEach((itemId, quantity) -> items.add(Map.of("item_id", itemId, "quantity", quantity)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("metadata", Map.of("tracking_number", trackingNumber, "carrier", carrier));
        ApiResult answer = world.call("POST", "/admin/orders/" + orderId + "/fulfillments")
                .body(Json.write(body))
                .send();
        if (answer.status() == 200) {
            quantities.forEach((itemId, quantity) -> shipped.merge(itemId, quantity, Integer::sum));
        }
        return answer;
    }

    static Map<String, Integer> everything(FreshOrder order) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        order.lines().forEach(line -> quantities.put(line.itemId(), line.quantity()));
        return quantities;
    }

    /** What this scenario has not shipped yet of each line. */
    Map<String, Integer> rest(FreshOrder order) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        order.lines().forEach(line -> {
            int left = line.quantity() - shipped.getOrDefault(line.itemId(), 0);
            if (left > 0) {
                quantities.put(line.itemId(), left);
            }
        });
        return quantities;
    }

    /** Section 2.5: no body. */
    ApiResult cancel(String orderId) {
        return world.call("POST", "/admin/orders/" + orderId + "/cancel").send();
    }

    /** Section 8.3. */
    ApiResult patch(String orderId, Map<String, Object> body) {
        return world.call("PATCH", "/odoo/orders/" + orderId)
                .body(Json.write(body))
                .send();
    }

    /** What the updated Python client sends: {odoo_order_id: "SO/<year>/<display_id, 6 digits>", odoo_status}. */
    ApiResult recordSalesOrder(FreshOrder order, String odooStatus) {
        String salesOrder = String.format("SO/%d/%06d", Year.now().getValue(), order.displayId());
        salesOrders.put(order.id(), salesOrder);
        ApiResult answer = patch(order.id(), Map.of("odoo_order_id", salesOrder, "odoo_status", odooStatus));
        answers.add(answer);
        return answer;
    }

    String salesOrderOf(String orderId) {
        return salesOrders.get(orderId);
    }

    List<ApiResult> answers() {
        return answers;
    }

    /** Sets up a state the scenario starts from; the call must succeed. */
    static void succeeded(String what, ApiResult answer) {
        Preparation.require(answer, 200, what);
    }
}
