package com.marqasouq.kit.sandbox.domain.orders;

import com.marqasouq.kit.sandbox.domain.Address;
import com.marqasouq.kit.sandbox.store.Transaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The order events of D20: the document's order.placed shape plus {@code status}. */
public final class OrderEvents {
    public static final String PLACED = "order.placed";
    public static final String UPDATED = "order.updated";
    public static final String CANCELED = "order.canceled";
    public static final String COMPLETED = "order.completed";

    private OrderEvents() {}

    public static void emit(Transaction tx, String event, Order order) {
        tx.emit(event, data(order));
    }

    public static Map<String, Object> data(Order order) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", order.id);
        data.put("display_id", order.displayId);
        data.put("status", order.status);
        data.put("email", order.email);
        List<Map<String, Object>> items = new ArrayList<>();
        for (LineItem item : order.items) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("sku", item.sku);
            line.put("quantity", item.quantity);
            line.put("unit_price", item.unitPrice);
            items.add(line);
        }
        data.put("items", items);
        data.put("shipping_address", address(order.shippingAddress));
        data.put("total", order.total());
        data.put("currency_code", order.currencyCode);
        return data;
    }

    private static Map<String, Object> address(Address a) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (a == null) {
            return out;
        }
        putIfPresent(out, "first_name", a.firstName);
        putIfPresent(out, "last_name", a.lastName);
        putIfPresent(out, "address_1", a.address1);
        putIfPresent(out, "address_2", a.address2);
        putIfPresent(out, "city", a.city);
        putIfPresent(out, "province", a.province);
        putIfPresent(out, "country_code", a.countryCode);
        putIfPresent(out, "postal_code", a.postalCode);
        putIfPresent(out, "phone", a.phone);
        return out;
    }

    private static void putIfPresent(Map<String, Object> out, String key, Object value) {
        if (value != null) {
            out.put(key, value);
        }
    }
}
