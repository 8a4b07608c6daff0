package com.marqasouq.kit.sandbox.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.sandbox.domain.customers.Customer;
import com.marqasouq.kit.sandbox.domain.orders.LineItem;
import com.marqasouq.kit.sandbox.domain.orders.Order;
import com.marqasouq.kit.sandbox.domain.orders.OrderStatus;
import com.marqasouq.kit.sandbox.domain.products.Product;
import com.marqasouq.kit.sandbox.domain.state.State;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DefaultDataTest {
    private static final Pattern ID = Pattern.compile("^[a-z]+_[A-Za-z0-9_]+$");
    private final State state = InitialData.defaults();

    @Test
    void reachesTheDocumentsCounts() {
        assertEquals(150, state.orders().size());
        assertEquals(250, state.customers().size());
        assertEquals(1500, state.products().size());
        assertEquals(1500, state.inventoryItems().size());
    }

    @Test
    void isTheSameOnEveryStart() {
        State again = InitialData.defaults();
        assertEquals(
                state.orders().stream().map(o -> o.id + o.total() + o.status).toList(),
                again.orders().stream().map(o -> o.id + o.total() + o.status).toList());
        assertEquals(
                state.customers().stream().map(c -> c.email).toList(),
                again.customers().stream().map(c -> c.email).toList());
        assertEquals(
                state.inventoryItems().stream().map(i -> i.sku + i.stocked()).toList(),
                again.inventoryItems().stream().map(i -> i.sku + i.stocked()).toList());
    }

    @Test
    void keepsTheCanonicalEntitiesOfD22() {
        Order order = state.order("order_01ABC123");
        assertEquals(1001, order.displayId);
        assertEquals(151000, order.total());
        assertEquals(OrderStatus.PENDING, order.status);
        assertEquals(Instant.parse("2026-01-30T10:30:00Z"), order.createdAt);
        assertEquals(2, state.inventoryItemBySku("LG-CPFL1625").stocked());
        assertEquals("iitem_odoo_71047_1769183500048", state.inventoryItemBySku("LG-CPFL1625").id);
        assertEquals(605, state.inventoryItemBySku("SLEEVE").stocked());
        assertEquals(150, state.inventoryItemBySku("IPHONE-CASE-001").stocked());
        assertEquals("ahmed@example.com", state.customer("cus_01XYZ789").email);
        assertEquals("customer@example.com", state.customer("cus_01XYZ").email);
        assertEquals("Main Warehouse", state.stockLocation("sloc_01ABC").name);
        assertEquals(150000, state.variantBySku("LG-CPFL1625").price("KWD"));
    }

    @Test
    void coversEveryPendingOrderWithStock() {
        Map<String, Integer> pending = new HashMap<>();
        state.orders().stream()
                .filter(o -> o.status == OrderStatus.PENDING)
                .flatMap(o -> o.items.stream())
                .forEach(i -> pending.merge(i.sku, i.quantity, Integer::sum));
        assertTrue(pending.size() > 50, "pending orders use many SKUs");
        pending.forEach((sku, needed) ->
                assertTrue(state.inventoryItemBySku(sku).available() >= needed, sku + " covers " + needed));
    }

    @Test
    void keepsIdsEmailsHandlesAndSkusUnique() {
        assertUnique(state.orders().stream().map(o -> o.id).toList());
        assertUnique(
                state.orders().stream().map(o -> String.valueOf(o.displayId)).toList());
        assertUnique(state.customers().stream()
                .map(c -> c.email.toLowerCase(Locale.ROOT))
                .toList());
        assertUnique(state.products().stream().map(p -> p.handle).toList());
        assertUnique(state.products().stream()
                .flatMap(p -> p.variants.stream())
                .map(v -> v.sku)
                .toList());
        assertUnique(state.inventoryItems().stream().map(i -> i.sku).toList());
        state.orders().forEach(o -> assertTrue(ID.matcher(o.id).matches(), o.id));
        state.customers().forEach(c -> assertTrue(ID.matcher(c.id).matches(), c.id));
    }

    @Test
    void numbersOrdersInTheOrderTheyWerePlaced() {
        List<Order> orders = state.orders();
        for (int i = 1; i < orders.size(); i++) {
            assertTrue(
                    orders.get(i).displayId > orders.get(i - 1).displayId,
                    "display ids grow with created_at at " + orders.get(i).id);
        }
    }

    @Test
    void placesOrdersOnlyForExistingCustomersAfterTheyRegistered() {
        for (Order order : state.orders()) {
            Customer customer = state.customer(order.customerId);
            assertNotNull(customer, order.id);
            assertFalse(order.createdAt.isBefore(customer.createdAt), order.id);
            for (LineItem item : order.items) {
                Product product = state.productBySku(item.sku);
                assertNotNull(product, item.sku);
                assertEquals(product.id, item.productId);
            }
        }
    }

    @Test
    void hasArabicNamesKuwaitiAddressesAndLowStockItems() {
        assertTrue(state.customers().stream()
                .anyMatch(c -> c.firstName.chars().anyMatch(ch -> ch >= 0x0600 && ch <= 0x06FF)));
        assertTrue(state.customers().stream()
                .allMatch(c -> c.shippingAddresses.stream().allMatch(a -> "kw".equals(a.countryCode))));
        assertTrue(
                state.inventoryItems().stream().filter(i -> i.available() < 10).count() > 20);
        assertTrue(state.orders().stream().anyMatch(o -> o.status == OrderStatus.COMPLETED));
        assertTrue(state.orders().stream().anyMatch(o -> o.status == OrderStatus.CANCELED));
    }

    private static void assertUnique(List<String> values) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            assertTrue(seen.add(value), "duplicate " + value);
        }
    }
}
