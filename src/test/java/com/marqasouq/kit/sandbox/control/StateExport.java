package com.marqasouq.kit.sandbox.control;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.List;
import java.util.Map;

/** The sandbox's state as GET /_sandbox/state exports it, for assertions on the state after a request. */
final class StateExport {
    static final String FORMAT = "marqasouq-sandbox-state/1";
    static final Map<String, Object> MAIN_WAREHOUSE = Map.of("id", "sloc_01ABC", "name", "Main Warehouse");

    private StateExport() {}

    static Map<String, Object> now() {
        return RunningSandbox.control()
                .get("/_sandbox/state")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
    }

    /** The document without its clock, which moves with real time: equal documents mean an unchanged state. */
    static Map<String, Object> withoutClock() {
        Map<String, Object> document = now();
        document.remove("clock");
        return document;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> document, String collection) {
        return (List<Map<String, Object>>) document.get(collection);
    }

    static Map<String, Object> find(Map<String, Object> document, String collection, String id) {
        return findBy(document, collection, "id", id);
    }

    /** The first entity of the collection whose field has the value, or null. */
    static Map<String, Object> findBy(Map<String, Object> document, String collection, String field, Object value) {
        return list(document, collection).stream()
                .filter(e -> value.equals(e.get(field)))
                .findFirst()
                .orElse(null);
    }

    /** A document of the format with no orders, customers, products or inventory items: only the locations. */
    static Map<String, Object> empty(String format, List<Map<String, Object>> stockLocations) {
        return Map.of(
                "format",
                format,
                "orders",
                List.of(),
                "customers",
                List.of(),
                "products",
                List.of(),
                "inventory_items",
                List.of(),
                "stock_locations",
                stockLocations);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> entity, String field) {
        return (Map<String, Object>) entity.get(field);
    }
}
