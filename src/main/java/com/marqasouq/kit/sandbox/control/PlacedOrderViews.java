package com.marqasouq.kit.sandbox.control;

import com.marqasouq.kit.generated.control.model.PlaceOrderAddress;
import com.marqasouq.kit.generated.control.model.PlaceOrderRequest;
import com.marqasouq.kit.generated.control.model.PlacedOrder;
import com.marqasouq.kit.generated.control.model.PlacedOrderItem;
import com.marqasouq.kit.generated.control.model.PlacedOrderResponse;
import com.marqasouq.kit.sandbox.domain.Address;
import com.marqasouq.kit.sandbox.domain.orders.Checkout;
import com.marqasouq.kit.sandbox.domain.orders.Order;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

/** POST /_sandbox/orders in and out: the request as a checkout, the new order as a PlacedOrder. */
final class PlacedOrderViews {
    private PlacedOrderViews() {}

    static Checkout.Request checkout(PlaceOrderRequest request) {
        return new Checkout.Request(
                request.getCustomerId(),
                request.getEmail(),
                request.getItems().stream()
                        .map(i -> new Checkout.Line(i.getSku(), i.getQuantity()))
                        .collect(Collectors.toList()),
                address(request.getShippingAddress()),
                request.getShippingPrice() == null ? Checkout.DEFAULT_SHIPPING_PRICE : request.getShippingPrice(),
                request.getMetadata());
    }

    private static Address address(PlaceOrderAddress given) {
        if (given == null) {
            return null;
        }
        Address address = new Address();
        address.firstName = given.getFirstName();
        address.lastName = given.getLastName();
        address.address1 = given.getAddress1();
        address.city = given.getCity();
        address.countryCode = given.getCountryCode();
        address.postalCode = given.getPostalCode();
        address.phone = given.getPhone();
        return address;
    }

    static PlacedOrderResponse response(Order order) {
        PlacedOrder placed = new PlacedOrder(
                order.id,
                order.displayId,
                order.status.value(),
                order.email,
                order.customerId,
                order.total(),
                order.currencyCode,
                OffsetDateTime.ofInstant(order.createdAt, ZoneOffset.UTC),
                order.items.stream()
                        .map(i -> new PlacedOrderItem(i.id, i.sku, i.quantity, i.unitPrice))
                        .collect(Collectors.toList()));
        return new PlacedOrderResponse(placed);
    }
}
