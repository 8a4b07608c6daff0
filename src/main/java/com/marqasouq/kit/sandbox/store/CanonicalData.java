package com.marqasouq.kit.sandbox.store;

import com.marqasouq.kit.sandbox.domain.Address;
import com.marqasouq.kit.sandbox.domain.Slugs;
import com.marqasouq.kit.sandbox.domain.customers.Customer;
import com.marqasouq.kit.sandbox.domain.orders.LineItem;
import com.marqasouq.kit.sandbox.domain.orders.Order;
import com.marqasouq.kit.sandbox.domain.orders.Payment;
import com.marqasouq.kit.sandbox.domain.orders.PaymentStatus;
import com.marqasouq.kit.sandbox.domain.orders.ShippingMethod;
import com.marqasouq.kit.sandbox.domain.products.Price;
import com.marqasouq.kit.sandbox.domain.products.Product;
import com.marqasouq.kit.sandbox.domain.products.Variant;
import com.marqasouq.kit.sandbox.domain.state.State;
import com.marqasouq.kit.sandbox.domain.stock.InventoryItem;
import com.marqasouq.kit.sandbox.domain.stock.InventoryLevel;
import com.marqasouq.kit.sandbox.domain.stock.StockLocation;
import java.time.Instant;

/** The entities of the API document's examples, with the exact ids and values of D22's table. */
final class CanonicalData {
    static final Instant SHOP_OPENED = Instant.parse("2025-12-01T08:00:00.000Z");

    private CanonicalData() {}

    static void addTo(State state) {
        state.addStockLocation(mainWarehouse());
        addProduct(
                state,
                "prod_01KEVBHW78T3MQXDHP9ZVVSRCF",
                "Liberty Guard Intelligent Film Cutting Plotter 16-inch-Orange",
                "variant_01KEVBHW79ZAPYP5J6ZFM67RST",
                "Default",
                "LG-CPFL1625",
                150000,
                4500,
                "71047");
        addProduct(
                state,
                "prod_01SLEEVE0000000000000000",
                "Finger Gaming Sleeve",
                "variant_01SLEEVE0000000000000000",
                "Default",
                "SLEEVE",
                1500,
                10,
                "71048");
        addProduct(
                state,
                "prod_01IPHONECASE00000000000000",
                "iPhone Case",
                "variant_01IPHONECASE00000000000000",
                "Default",
                "IPHONE-CASE-001",
                4500,
                60,
                "71049");
        addInventory(
                state,
                "iitem_odoo_71047_1769183500048",
                "iloc_01ABC",
                "LG-CPFL1625",
                "Liberty Guard Intelligent Film Cutting Plotter 16-inch-Orange",
                2);
        addInventory(state, "iitem_odoo_71048_1769183500049", "iloc_01SLEEVE", "SLEEVE", "Finger Gaming Sleeve", 605);
        addInventory(
                state, "iitem_odoo_71049_1769183500050", "iloc_01IPHONECASE", "IPHONE-CASE-001", "iPhone Case", 150);
        state.addCustomer(
                customer("cus_01XYZ", "customer@example.com", Instant.parse("2026-01-15T08:00:00.000Z"), "addr_01XYZ"));
        Customer ahmed =
                customer("cus_01XYZ789", "ahmed@example.com", Instant.parse("2026-01-15T10:00:00.000Z"), "addr_01ABC");
        ahmed.updatedAt = Instant.parse("2026-01-30T10:30:00.000Z");
        ahmed.metadata.put("odoo_customer_id", null);
        ahmed.metadata.put("preferred_language", "ar");
        state.addCustomer(ahmed);
        state.addOrder(order(state));
    }

    static StockLocation mainWarehouse() {
        StockLocation location = new StockLocation();
        location.id = StockLocation.DEFAULT_ID;
        location.name = "Main Warehouse";
        location.address1 = "Shuwaikh Industrial Area, Block 1";
        location.city = "Kuwait City";
        location.countryCode = "kw";
        return location;
    }

    private static void addProduct(
            State state,
            String id,
            String title,
            String variantId,
            String variantTitle,
            String sku,
            long price,
            int weight,
            String odooId) {
        Product product = new Product();
        product.id = id;
        product.title = title;
        product.handle = Slugs.slug(title);
        product.options.add("Default");
        product.createdAt = SHOP_OPENED;
        product.updatedAt = SHOP_OPENED;
        product.metadata.put("odoo_product_id", odooId);
        product.metadata.put("odoo_product_tmpl_id", odooId);
        Variant variant = new Variant();
        variant.id = variantId;
        variant.title = variantTitle;
        variant.sku = sku;
        variant.weight = weight;
        variant.prices.add(new Price("KWD", price));
        product.variants.add(variant);
        state.addProduct(product);
    }

    private static void addInventory(State state, String id, String levelId, String sku, String title, int stocked) {
        InventoryItem item = new InventoryItem();
        item.id = id;
        item.sku = sku;
        item.title = title;
        item.createdAt = SHOP_OPENED;
        InventoryLevel level = new InventoryLevel();
        level.id = levelId;
        level.locationId = StockLocation.DEFAULT_ID;
        level.stockedQuantity = stocked;
        item.levels.add(level);
        state.addInventoryItem(item);
    }

    static Address ahmedsAddress() {
        Address address = new Address();
        address.firstName = "Ahmed";
        address.lastName = "Al-Rashid";
        address.address1 = "Block 5, Street 10, House 25";
        address.city = "Kuwait City";
        address.countryCode = "kw";
        address.postalCode = "12345";
        address.phone = "+965-12345678";
        return address;
    }

    private static Customer customer(String id, String email, Instant createdAt, String addressId) {
        Customer customer = new Customer();
        customer.id = id;
        customer.email = email;
        customer.firstName = "Ahmed";
        customer.lastName = "Al-Rashid";
        customer.phone = "+965-12345678";
        customer.hasAccount = true;
        customer.createdAt = createdAt;
        customer.updatedAt = createdAt;
        Address address = ahmedsAddress();
        address.id = addressId;
        address.postalCode = null;
        customer.shippingAddresses.add(address);
        customer.billingAddress = address.copy();
        return customer;
    }

    private static Order order(State state) {
        Order order = new Order();
        order.id = "order_01ABC123";
        order.displayId = 1001;
        order.customerId = "cus_01XYZ";
        order.email = "customer@example.com";
        order.createdAt = Instant.parse("2026-01-30T10:30:00.000Z");
        order.updatedAt = order.createdAt;
        order.shippingAddress = ahmedsAddress();
        order.billingAddress = ahmedsAddress();
        LineItem item = new LineItem();
        item.id = "item_01ABC";
        item.title = "Liberty Guard Film Cutting Plotter";
        item.productId = "prod_01KEVBHW78T3MQXDHP9ZVVSRCF";
        item.productTitle = state.product(item.productId).title;
        item.variantId = "variant_01KEVBHW79ZAPYP5J6ZFM67RST";
        item.variantTitle = "Default";
        item.sku = "LG-CPFL1625";
        item.weight = 4500;
        item.quantity = 1;
        item.unitPrice = 150000;
        order.items.add(item);
        ShippingMethod shipping = new ShippingMethod();
        shipping.id = "sm_01ABC";
        shipping.name = "Standard Delivery";
        shipping.price = 1000;
        order.shippingMethods.add(shipping);
        Payment payment = new Payment();
        payment.id = "pay_01ABC";
        payment.amount = 151000;
        payment.providerId = "manual";
        payment.status = PaymentStatus.CAPTURED;
        order.payments.add(payment);
        order.metadata.put("odoo_synced", false);
        order.metadata.put("odoo_order_id", null);
        return order;
    }
}
