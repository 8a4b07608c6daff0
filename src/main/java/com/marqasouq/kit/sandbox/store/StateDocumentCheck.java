package com.marqasouq.kit.sandbox.store;

import com.marqasouq.kit.sandbox.domain.DomainException;
import com.marqasouq.kit.sandbox.domain.customers.Customer;
import com.marqasouq.kit.sandbox.domain.orders.Fulfillment;
import com.marqasouq.kit.sandbox.domain.orders.LineItem;
import com.marqasouq.kit.sandbox.domain.orders.Order;
import com.marqasouq.kit.sandbox.domain.orders.Payment;
import com.marqasouq.kit.sandbox.domain.orders.ShippingMethod;
import com.marqasouq.kit.sandbox.domain.products.Price;
import com.marqasouq.kit.sandbox.domain.products.Product;
import com.marqasouq.kit.sandbox.domain.products.Variant;
import com.marqasouq.kit.sandbox.domain.stock.InventoryItem;
import com.marqasouq.kit.sandbox.domain.stock.InventoryLevel;
import com.marqasouq.kit.sandbox.domain.stock.Reduction;
import com.marqasouq.kit.sandbox.domain.stock.StockLocation;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a state document must satisfy before it replaces the state: ids as D3 spells them,
 * unique ids, SKUs, e-mails and handles, orders of known customers, levels at known locations,
 * D6's vocabulary and no negative quantity or amount. The first problem is a 400 that names the
 * entity and the field; nothing has changed at that point.
 */
final class StateDocumentCheck {

    private final StateDocument doc;
    private final Set<String> locationIds = new HashSet<>();
    private final Set<String> customerIds = new HashSet<>();

    StateDocumentCheck(StateDocument doc) {
        this.doc = doc;
    }

    void run() {
        if (!StateDocument.FORMAT.equals(doc.format)) {
            throw DomainException.invalid("format: must be \"" + StateDocument.FORMAT + "\"");
        }
        present("stock_locations", doc.stockLocations);
        present("products", doc.products);
        present("inventory_items", doc.inventoryItems);
        present("customers", doc.customers);
        present("orders", doc.orders);
        locations();
        products();
        inventoryItems();
        customers();
        orders();
        reductions();
    }

    private void locations() {
        for (int i = 0; i < doc.stockLocations.size(); i++) {
            StockLocation location = doc.stockLocations.get(i);
            EntityCheck e = new EntityCheck("stock_locations[" + i + "]", location.id);
            e.id("id", location.id, "sloc_", locationIds);
            e.text("name", location.name);
        }
    }

    private void products() {
        Set<String> ids = new HashSet<>();
        Set<String> handles = new HashSet<>();
        Set<String> variantIds = new HashSet<>();
        Set<String> skus = new HashSet<>();
        for (int i = 0; i < doc.products.size(); i++) {
            Product product = doc.products.get(i);
            EntityCheck e = new EntityCheck("products[" + i + "]", product.id);
            e.id("id", product.id, "prod_", ids);
            e.text("title", product.title);
            e.text("handle", product.handle);
            e.unique("handle", product.handle, handles);
            e.present("status", product.status);
            e.time("created_at", product.createdAt);
            for (int v = 0; v < product.variants.size(); v++) {
                Variant variant = product.variants.get(v);
                String at = "variants[" + v + "].";
                e.id(at + "id", variant.id, "variant_", variantIds);
                if (variant.sku != null) {
                    e.unique(at + "sku", variant.sku, skus);
                }
                e.notNegative(at + "weight", variant.weight);
                for (int p = 0; p < variant.prices.size(); p++) {
                    Price price = variant.prices.get(p);
                    e.text(at + "prices[" + p + "].currency_code", price.currencyCode);
                    e.notNegative(at + "prices[" + p + "].amount", price.amount);
                }
            }
        }
    }

    private void inventoryItems() {
        Set<String> ids = new HashSet<>();
        Set<String> skus = new HashSet<>();
        for (int i = 0; i < doc.inventoryItems.size(); i++) {
            InventoryItem item = doc.inventoryItems.get(i);
            EntityCheck e = new EntityCheck("inventory_items[" + i + "]", item.id);
            e.id("id", item.id, "iitem_", ids);
            e.text("sku", item.sku);
            e.unique("sku", item.sku, skus);
            e.time("created_at", item.createdAt);
            Set<String> itemLocations = new HashSet<>();
            for (int l = 0; l < item.levels.size(); l++) {
                InventoryLevel level = item.levels.get(l);
                String at = "levels[" + l + "].";
                e.optionalId(at + "id", level.id, "iloc_");
                e.text(at + "location_id", level.locationId);
                e.known(at + "location_id", level.locationId, locationIds, "stock location");
                e.unique(at + "location_id", level.locationId, itemLocations);
                e.notNegative(at + "stocked_quantity", level.stockedQuantity);
                e.notNegative(at + "reserved_quantity", level.reservedQuantity);
                e.notNegative(at + "incoming_quantity", level.incomingQuantity);
            }
        }
    }

    private void customers() {
        Set<String> emails = new HashSet<>();
        for (int i = 0; i < doc.customers.size(); i++) {
            Customer customer = doc.customers.get(i);
            EntityCheck e = new EntityCheck("customers[" + i + "]", customer.id);
            e.id("id", customer.id, "cus_", customerIds);
            e.text("email", customer.email);
            e.unique("email", customer.email.toLowerCase(Locale.ROOT), emails);
            e.time("created_at", customer.createdAt);
            for (int a = 0; a < customer.shippingAddresses.size(); a++) {
                e.optionalId("shipping_addresses[" + a + "].id", customer.shippingAddresses.get(a).id, "addr_");
            }
        }
    }

    private void orders() {
        Set<String> ids = new HashSet<>();
        Set<String> displayIds = new HashSet<>();
        for (int i = 0; i < doc.orders.size(); i++) {
            Order order = doc.orders.get(i);
            EntityCheck e = new EntityCheck("orders[" + i + "]", order.id);
            e.id("id", order.id, "order_", ids);
            e.positive("display_id", order.displayId);
            e.unique("display_id", String.valueOf(order.displayId), displayIds);
            e.text("customer_id", order.customerId);
            e.known("customer_id", order.customerId, customerIds, "customer");
            e.text("email", order.email);
            e.present("status", order.status);
            e.present("fulfillment_status", order.fulfillmentStatus);
            e.present("payment_status", order.paymentStatus);
            e.text("currency_code", order.currencyCode);
            if (order.shippingAddress == null) {
                // Every order shape of the contract, and its webhooks, require one.
                e.fail("shipping_address", "is required");
            }
            e.time("created_at", order.createdAt);
            e.notNegative("tax_total", order.taxTotal);
            e.notNegative("discount_total", order.discountTotal);
            lines(e, order);
            for (int s = 0; s < order.shippingMethods.size(); s++) {
                ShippingMethod method = order.shippingMethods.get(s);
                e.optionalId("shipping_methods[" + s + "].id", method.id, "sm_");
                e.notNegative("shipping_methods[" + s + "].price", method.price);
            }
            for (int p = 0; p < order.payments.size(); p++) {
                Payment payment = order.payments.get(p);
                e.optionalId("payments[" + p + "].id", payment.id, "pay_");
                e.present("payments[" + p + "].status", payment.status);
                e.notNegative("payments[" + p + "].amount", payment.amount);
            }
        }
    }

    private static void lines(EntityCheck e, Order order) {
        Set<String> itemIds = new HashSet<>();
        for (int l = 0; l < order.items.size(); l++) {
            LineItem item = order.items.get(l);
            String at = "items[" + l + "].";
            e.id(at + "id", item.id, "item_", itemIds);
            e.positive(at + "quantity", item.quantity);
            e.notNegative(at + "unit_price", item.unitPrice);
            e.notNegative(at + "weight", item.weight);
            e.notNegative(at + "fulfilled_quantity", item.fulfilledQuantity);
            if (item.fulfilledQuantity > item.quantity) {
                e.fail(at + "fulfilled_quantity", "must not exceed quantity " + item.quantity);
            }
        }
        for (int f = 0; f < order.fulfillments.size(); f++) {
            Fulfillment fulfillment = order.fulfillments.get(f);
            e.optionalId("fulfillments[" + f + "].id", fulfillment.id, "ful_");
            for (int k = 0; k < fulfillment.items.size(); k++) {
                Fulfillment.FulfilledItem shipped = fulfillment.items.get(k);
                String at = "fulfillments[" + f + "].items[" + k + "].";
                e.known(at + "item_id", shipped.itemId, itemIds, "line item of this order");
                e.positive(at + "quantity", shipped.quantity);
            }
        }
    }

    private void reductions() {
        if (doc.reductions == null) {
            return;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < doc.reductions.size(); i++) {
            Reduction reduction = doc.reductions.get(i);
            EntityCheck e = new EntityCheck("reductions[" + i + "]", null);
            e.text("order_id", reduction.orderId);
            e.text("sku", reduction.sku);
            e.text("reason", reduction.reason);
            e.notNegative("quantity", reduction.quantity);
            e.time("at", reduction.at);
            if (!keys.add(reduction.key())) {
                e.fail("reason", "the same order_id, sku and reason appear twice");
            }
        }
    }

    private static void present(String name, List<?> list) {
        if (list == null) {
            throw DomainException.invalid(name + ": is required (an array, possibly empty)");
        }
    }
}
