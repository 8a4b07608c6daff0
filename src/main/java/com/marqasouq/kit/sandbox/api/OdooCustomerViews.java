package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.generated.model.CustomerStats;
import com.marqasouq.kit.generated.model.OdooCustomer;
import com.marqasouq.kit.generated.model.OdooCustomerAddress;
import com.marqasouq.kit.sandbox.domain.Address;
import com.marqasouq.kit.sandbox.domain.customers.Customer;
import com.marqasouq.kit.sandbox.domain.customers.OrderStats;
import com.marqasouq.kit.sandbox.domain.orders.Order;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/** Customers in the shape of section 8.4, with {@code addresses} and {@code stats} (D16). */
final class OdooCustomerViews {
    private OdooCustomerViews() {}

    static OdooCustomer customer(Customer c, List<Order> orders) {
        OrderStats stats = OrderStats.of(orders);
        return new OdooCustomer(
                        c.id,
                        c.email,
                        c.hasAccount,
                        Times.at(c.createdAt),
                        addresses(c),
                        new CustomerStats(stats.orderCount(), stats.totalSpent()))
                .firstName(c.firstName)
                .lastName(c.lastName)
                .phone(c.phone)
                .metadata(new LinkedHashMap<>(c.metadata));
    }

    /**
     * The shipping addresses, the first being the default one, then the billing address if it
     * is not one of them: Odoo makes one partner address of each.
     */
    private static List<OdooCustomerAddress> addresses(Customer c) {
        List<OdooCustomerAddress> out = new ArrayList<>();
        for (int i = 0; i < c.shippingAddresses.size(); i++) {
            out.add(address(c.shippingAddresses.get(i), i == 0));
        }
        Address billing = c.billingAddress;
        if (billing != null
                && c.shippingAddresses.stream().noneMatch(a -> a.id != null && Objects.equals(a.id, billing.id))) {
            out.add(address(billing, false));
        }
        return out;
    }

    private static OdooCustomerAddress address(Address a, boolean defaultShipping) {
        return new OdooCustomerAddress(a.address1, a.city, a.countryCode, defaultShipping)
                .id(a.id)
                .firstName(a.firstName)
                .lastName(a.lastName)
                .postalCode(a.postalCode)
                .phone(a.phone);
    }
}
