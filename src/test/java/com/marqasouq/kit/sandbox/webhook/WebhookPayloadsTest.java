package com.marqasouq.kit.sandbox.webhook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.sandbox.StrictReading;
import com.marqasouq.kit.sandbox.domain.Address;
import com.marqasouq.kit.sandbox.domain.DomainEvent;
import com.marqasouq.kit.sandbox.domain.customers.CustomerEvent;
import com.marqasouq.kit.sandbox.domain.orders.OrderEvent;
import com.marqasouq.kit.sandbox.domain.orders.OrderStatus;
import com.marqasouq.kit.sandbox.domain.stock.StockLevelEvent;
import com.marqasouq.kit.sandbox.http.ApiJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Each event of the domain becomes the body its schema in the spec's x-webhooks describes (D20). */
class WebhookPayloadsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2026-01-30T10:30:00Z");

    @Test
    void anOrderEventIsTheDocumentsOrderPlacedShapeWithItsStatus() throws Exception {
        Address shipping = new Address();
        shipping.firstName = "Ahmed";
        shipping.lastName = "Al-Rashid";
        shipping.address1 = "Block 5, Street 10, House 25";
        shipping.city = "Kuwait City";
        shipping.countryCode = "kw";
        shipping.postalCode = "12345";
        shipping.phone = "+965-12345678";
        OrderEvent placed = new OrderEvent(
                "order.placed",
                "order_01ABC123",
                1001,
                OrderStatus.PENDING,
                "customer@example.com",
                List.of(new OrderEvent.Line("LG-CPFL1625", 1, 150_000)),
                shipping,
                151_000,
                "KWD");

        assertEquals(JSON.readTree("""
                        {"id": "evt_1", "event": "order.placed", "timestamp": "2026-01-30T10:30:00.000Z",
                         "data": {"id": "order_01ABC123", "display_id": 1001, "status": "pending",
                                  "email": "customer@example.com",
                                  "items": [{"sku": "LG-CPFL1625", "quantity": 1, "unit_price": 150000}],
                                  "shipping_address": {"first_name": "Ahmed", "last_name": "Al-Rashid",
                                      "address_1": "Block 5, Street 10, House 25", "city": "Kuwait City",
                                      "country_code": "kw", "postal_code": "12345", "phone": "+965-12345678"},
                                  "total": 151000, "currency_code": "KWD"}}"""), body(placed));
    }

    @Test
    void anOrderWithoutAddressStillHasTheAddressTheSchemaRequires() throws Exception {
        // A state document cannot hold such an order any more; the payload stays well-formed anyway.
        OrderEvent canceled = new OrderEvent(
                "order.canceled", "order_1", 7, OrderStatus.CANCELED, "a@example.com", List.of(), null, 0, "KWD");

        assertEquals(JSON.readTree("""
                        {"first_name": "", "last_name": "", "address_1": "", "city": "",
                         "country_code": "", "phone": ""}"""), body(canceled).path("data").path("shipping_address"));
    }

    @Test
    void aCustomerEventLeavesOutTheDetailsTheCustomerLacks() throws Exception {
        CustomerEvent created = new CustomerEvent("customer.created", "cus_1", "new@example.com", "Mona", null, null);

        assertEquals(
                JSON.readTree("{\"id\": \"cus_1\", \"email\": \"new@example.com\", \"first_name\": \"Mona\"}"),
                body(created).path("data"));
    }

    @Test
    void aStockLevelEventIsInventoryUpdated() throws Exception {
        StockLevelEvent level = new StockLevelEvent("iitem_1", "SLEEVE", "sloc_01ABC", 605, 600, 598);

        JsonNode body = body(level);

        assertEquals("inventory.updated", body.path("event").asText());
        assertEquals(JSON.readTree("""
                        {"inventory_item_id": "iitem_1", "sku": "SLEEVE", "location_id": "sloc_01ABC",
                         "previous_quantity": 605, "stocked_quantity": 600, "available_quantity": 598}"""), body.path("data"));
    }

    @Test
    void everyEventOfTheContractIsMadeAndMatchesItsSchemaStrictly() {
        Map<String, List<String>> problems = new TreeMap<>();
        for (var event : Contract.marqasouqOdoo().webhookEvents()) {
            String body = text(sample(event.name()));
            problems.put(event.name(), StrictReading.webhooks().problems(event.name(), body));
        }

        problems.values().removeIf(List::isEmpty);
        assertEquals(Map.of(), problems);
    }

    @Test
    void theBodyIsWrittenOnceAndSentAsThoseBytes() {
        WebhookEnvelope envelope = WebhookEnvelope.of("evt_1", sample("order.updated"), AT, ApiJson.mapper());

        assertArrayEquals(envelope.body(), envelope.body());
        assertEquals("order.updated", envelope.event());
    }

    @Test
    void anEventTheContractDoesNotNameHasNoPayload() {
        CustomerEvent unknown = new CustomerEvent("customer.deleted", "cus_1", "a@example.com", null, null, null);

        assertThrows(IllegalArgumentException.class, () -> WebhookPayloads.of(unknown, "evt_1", AT));
    }

    /** A plausible event of each name the contract has. */
    private static DomainEvent sample(String name) {
        if (name.startsWith("order.")) {
            return new OrderEvent(
                    name,
                    "order_01ABC123",
                    1001,
                    name.equals("order.canceled") ? OrderStatus.CANCELED : OrderStatus.PENDING,
                    "customer@example.com",
                    List.of(new OrderEvent.Line("SLEEVE", 2, 1500)),
                    kuwaitCity(),
                    3000,
                    "KWD");
        }
        if (name.startsWith("customer.")) {
            return new CustomerEvent(name, "cus_01XYZ", "customer@example.com", "Ahmed", "Al-Rashid", "+965-12345678");
        }
        return new StockLevelEvent("iitem_01ABC", "SLEEVE", "sloc_01ABC", 605, 603, 603);
    }

    private static Address kuwaitCity() {
        Address address = new Address();
        address.firstName = "Ahmed";
        address.lastName = "Al-Rashid";
        address.address1 = "Block 5, Street 10, House 25";
        address.city = "Kuwait City";
        address.countryCode = "kw";
        address.phone = "+965-12345678";
        return address;
    }

    private static JsonNode body(DomainEvent event) throws Exception {
        return JSON.readTree(text(event));
    }

    private static String text(DomainEvent event) {
        return new String(
                WebhookEnvelope.of("evt_1", event, AT, ApiJson.mapper()).body(), StandardCharsets.UTF_8);
    }
}
