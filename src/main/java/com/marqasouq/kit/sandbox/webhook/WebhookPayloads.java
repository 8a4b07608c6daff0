package com.marqasouq.kit.sandbox.webhook;

import com.marqasouq.kit.generated.model.Address;
import com.marqasouq.kit.generated.model.CustomerCreatedEvent;
import com.marqasouq.kit.generated.model.CustomerUpdatedEvent;
import com.marqasouq.kit.generated.model.CustomerWebhookData;
import com.marqasouq.kit.generated.model.InventoryUpdatedEvent;
import com.marqasouq.kit.generated.model.InventoryWebhookData;
import com.marqasouq.kit.generated.model.OrderCanceledEvent;
import com.marqasouq.kit.generated.model.OrderCompletedEvent;
import com.marqasouq.kit.generated.model.OrderPlacedEvent;
import com.marqasouq.kit.generated.model.OrderStatus;
import com.marqasouq.kit.generated.model.OrderUpdatedEvent;
import com.marqasouq.kit.generated.model.OrderWebhookData;
import com.marqasouq.kit.generated.model.WebhookOrderItem;
import com.marqasouq.kit.sandbox.api.SpecAddress;
import com.marqasouq.kit.sandbox.domain.DomainEvent;
import com.marqasouq.kit.sandbox.domain.customers.CustomerEvent;
import com.marqasouq.kit.sandbox.domain.customers.CustomerEvents;
import com.marqasouq.kit.sandbox.domain.orders.OrderEvent;
import com.marqasouq.kit.sandbox.domain.orders.OrderEvents;
import com.marqasouq.kit.sandbox.domain.stock.StockLevelEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A domain event as the body the spec's {@code x-webhooks} give it ({@code {id, event, timestamp,
 * data}}), built from the models generated from the event schemas, so a payload that drifts
 * from the spec does not compile.
 */
final class WebhookPayloads {
    private WebhookPayloads() {}

    /** The payload of {@code event}; {@code timestamp} is sandbox time (D21). */
    static Object of(DomainEvent event, String id, Instant timestamp) {
        OffsetDateTime at = OffsetDateTime.ofInstant(timestamp, ZoneOffset.UTC);
        if (event instanceof OrderEvent order) {
            return order(order, id, at);
        }
        if (event instanceof CustomerEvent customer) {
            return customer(customer, id, at);
        }
        if (event instanceof StockLevelEvent level) {
            return new InventoryUpdatedEvent(InventoryUpdatedEvent.EventEnum.INVENTORY_UPDATED, at, inventory(level))
                    .id(id);
        }
        throw new IllegalArgumentException("No webhook payload for " + event.name());
    }

    private static Object order(OrderEvent event, String id, OffsetDateTime at) {
        OrderWebhookData data = orderData(event);
        return switch (event.name()) {
            case OrderEvents.PLACED -> new OrderPlacedEvent(OrderPlacedEvent.EventEnum.ORDER_PLACED, at, data).id(id);
            case OrderEvents.UPDATED ->
                new OrderUpdatedEvent(OrderUpdatedEvent.EventEnum.ORDER_UPDATED, at, data).id(id);
            case OrderEvents.CANCELED ->
                new OrderCanceledEvent(OrderCanceledEvent.EventEnum.ORDER_CANCELED, at, data).id(id);
            case OrderEvents.COMPLETED ->
                new OrderCompletedEvent(OrderCompletedEvent.EventEnum.ORDER_COMPLETED, at, data).id(id);
            default -> throw new IllegalArgumentException("No webhook payload for " + event.name());
        };
    }

    private static Object customer(CustomerEvent event, String id, OffsetDateTime at) {
        CustomerWebhookData data = new CustomerWebhookData(event.id(), event.email())
                .firstName(event.firstName())
                .lastName(event.lastName())
                .phone(event.phone());
        return switch (event.name()) {
            case CustomerEvents.CREATED ->
                new CustomerCreatedEvent(CustomerCreatedEvent.EventEnum.CUSTOMER_CREATED, at, data).id(id);
            case CustomerEvents.UPDATED ->
                new CustomerUpdatedEvent(CustomerUpdatedEvent.EventEnum.CUSTOMER_UPDATED, at, data).id(id);
            default -> throw new IllegalArgumentException("No webhook payload for " + event.name());
        };
    }

    /** D20: the document's order.placed shape plus {@code status}. */
    private static OrderWebhookData orderData(OrderEvent event) {
        return new OrderWebhookData(
                        event.id(),
                        event.displayId(),
                        event.email(),
                        event.items().stream()
                                .map(line -> new WebhookOrderItem(line.sku(), line.quantity(), line.unitPrice()))
                                .toList(),
                        address(event.shippingAddress()),
                        event.total(),
                        event.currencyCode())
                .status(OrderStatus.fromValue(event.status().value()));
    }

    /**
     * The schema requires an address with its six fields, as the API's order answers give them:
     * a field the order's address lacks is empty, and so is every field of an order without one.
     */
    private static Address address(com.marqasouq.kit.sandbox.domain.Address a) {
        return a == null ? new Address("", "", "", "", "", "") : SpecAddress.of(a);
    }

    private static InventoryWebhookData inventory(StockLevelEvent level) {
        return new InventoryWebhookData(
                level.inventoryItemId(),
                level.sku(),
                level.locationId(),
                level.previousQuantity(),
                level.stockedQuantity(),
                level.availableQuantity());
    }
}
