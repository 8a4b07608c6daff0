package com.marqasouq.kit.sandbox;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * D25 lets another shop answer any id prefix and statuses of its own; the sandbox still answers
 * with the document's: over every read route of the default data, each kind of id has exactly
 * the prefix the document shows, and each status is one of the values D6 and D17 name.
 */
@ExtendWith(RunningSandbox.class)
class DocumentedPrefixesAndValuesAcceptanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ORDER_STATUSES =
            Set.of("pending", "completed", "canceled", "archived", "requires_action");
    private static final Set<String> PAYMENT_STATUSES =
            Set.of("not_paid", "awaiting", "captured", "refunded", "canceled");
    private static final Set<String> FULFILLMENT_STATUSES = Set.of("not_fulfilled", "partially_fulfilled", "fulfilled");

    /** The id fields of the answers (an {@code id} named by the field that holds its object) and their prefixes. */
    private static final Map<String, Set<String>> prefixes = new TreeMap<>();
    /** The status fields of the answers, named likewise, and their values. */
    private static final Map<String, Set<String>> statuses = new TreeMap<>();

    /** Once for the class: the routes only read, and the sandbox is reset to the same data before each test. */
    @BeforeEach
    void readEveryRouteOfTheDefaultData() {
        if (!prefixes.isEmpty()) {
            return;
        }
        for (String list : new String[] {
            "/admin/orders?limit=1000",
            "/odoo/orders?limit=1000",
            "/admin/inventory-items?limit=200",
            "/admin/stock-locations",
            "/admin/customers?limit=1000",
            "/odoo/customers?limit=1000",
            "/admin/products?limit=200",
            "/odoo/inventory?include_products=true&limit=200"
        }) {
            collect(get(list), "");
        }
        // One order of each kind (status, fulfillment and payment) in both detail shapes.
        Map<String, String> kinds = new TreeMap<>();
        get("/admin/orders?limit=1000")
                .path("orders")
                .forEach(order -> kinds.putIfAbsent(
                        order.path("status").asText()
                                + order.path("fulfillment_status").asText()
                                + order.path("payment_status").asText(),
                        order.path("id").asText()));
        for (String id : kinds.values()) {
            collect(get("/admin/orders/" + id), "");
            collect(get("/odoo/orders/" + id), "");
        }
        get("/admin/customers?limit=20")
                .path("customers")
                .forEach(customer ->
                        collect(get("/admin/customers/" + customer.path("id").asText()), ""));
    }

    @Test
    void everyKindOfIdHasThePrefixTheDocumentShows() {
        Map<String, Set<String>> documented = new TreeMap<>(Map.ofEntries(
                entry("addresses.id", Set.of("addr_")),
                entry("billing_address.id", Set.of("addr_")),
                entry("customer.id", Set.of("cus_")),
                entry("customer_id", Set.of("cus_")),
                entry("customers.id", Set.of("cus_")),
                entry("fulfillments.id", Set.of("ful_")),
                entry("inventory.id", Set.of("iitem_")),
                entry("inventory_items.id", Set.of("iitem_")),
                entry("item_id", Set.of("item_")),
                entry("items.id", Set.of("item_")),
                entry("location_id", Set.of("sloc_")),
                entry("location_levels.id", Set.of("iloc_")),
                entry("order.id", Set.of("order_")),
                entry("orders.id", Set.of("order_")),
                entry("payments.id", Set.of("pay_")),
                entry("product.id", Set.of("prod_")),
                entry("product_id", Set.of("prod_")),
                entry("products.id", Set.of("prod_")),
                entry("shipping_addresses.id", Set.of("addr_")),
                entry("shipping_methods.id", Set.of("sm_")),
                entry("stock_locations.id", Set.of("sloc_")),
                entry("variant.id", Set.of("variant_")),
                entry("variant_id", Set.of("variant_")),
                entry("variants.id", Set.of("variant_"))));

        assertEquals(documented, prefixes);
    }

    @Test
    void everyStatusIsOneTheDecisionsName() {
        assertStatuses(ORDER_STATUSES, "orders.status", "order.status");
        assertStatuses(PAYMENT_STATUSES, "orders.payment_status", "order.payment_status", "payments.status");
        assertStatuses(FULFILLMENT_STATUSES, "orders.fulfillment_status", "order.fulfillment_status");
        assertStatuses(Set.of("draft", "proposed", "published", "rejected"), "products.status");
        assertEquals(
                Set.of(
                        "order.fulfillment_status",
                        "order.payment_status",
                        "order.status",
                        "orders.fulfillment_status",
                        "orders.payment_status",
                        "orders.status",
                        "payments.status",
                        "products.status"),
                statuses.keySet(),
                "the status fields of the read routes");
    }

    private static void assertStatuses(Set<String> named, String... fields) {
        for (String field : fields) {
            Set<String> seen = statuses.getOrDefault(field, Set.of());
            assertFalse(seen.isEmpty(), field + " was never answered");
            assertTrue(named.containsAll(seen), field + " answered " + seen + ", outside " + named);
        }
    }

    private static void collect(JsonNode node, String holder) {
        if (node.isArray()) {
            node.forEach(element -> collect(element, holder));
            return;
        }
        node.properties().forEach(field -> {
            String name = field.getKey();
            JsonNode value = field.getValue();
            String qualified = name.equals("id") || name.equals("status") ? holder + "." + name : name;
            if (value.isTextual() && isId(name)) {
                String id = value.asText();
                prefixes.computeIfAbsent(qualified, k -> new TreeSet<>()).add(id.substring(0, id.indexOf('_') + 1));
            } else if (value.isTextual() && name.endsWith("status")) {
                statuses.computeIfAbsent(name.equals("status") ? qualified : holder + "." + name, k -> new TreeSet<>())
                        .add(value.asText());
            } else if (value.isContainerNode() && !name.equals("metadata")) {
                collect(value, name);
            }
        });
    }

    /** Ids of records; {@code provider_id} names the payment provider ({@code manual}). */
    private static boolean isId(String name) {
        return name.equals("id") || (name.endsWith("_id") && !name.equals("provider_id"));
    }

    private static JsonNode get(String pathAndQuery) {
        String body = RunningSandbox.api()
                .get(pathAndQuery)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
