package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.generated.model.Customer;
import com.marqasouq.kit.generated.model.CustomerAddress;
import com.marqasouq.kit.generated.model.CustomerDetail;
import com.marqasouq.kit.generated.model.CustomerOrderSummary;
import com.marqasouq.kit.sandbox.domain.Address;
import com.marqasouq.kit.sandbox.domain.orders.Order;
import java.util.LinkedHashMap;
import java.util.List;

/** Customers in the shapes of sections 4.1 and 4.2; names and phone are omitted when absent (D24). */
final class CustomerViews {
    private CustomerViews() {}

    static Customer listItem(com.marqasouq.kit.sandbox.domain.customers.Customer c, List<Order> orders) {
        return new Customer(
                        c.id,
                        c.email,
                        c.hasAccount,
                        summaries(orders),
                        addresses(c.shippingAddresses),
                        Times.at(c.createdAt),
                        Times.at(c.updatedAt),
                        new LinkedHashMap<>(c.metadata))
                .firstName(c.firstName)
                .lastName(c.lastName)
                .phone(c.phone);
    }

    static CustomerDetail detail(com.marqasouq.kit.sandbox.domain.customers.Customer c, List<Order> orders) {
        return new CustomerDetail(c.id, c.email, new LinkedHashMap<>(c.metadata), Times.at(c.createdAt))
                .firstName(c.firstName)
                .lastName(c.lastName)
                .phone(c.phone)
                .hasAccount(c.hasAccount)
                .billingAddress(c.billingAddress == null ? null : address(c.billingAddress))
                .shippingAddresses(addresses(c.shippingAddresses))
                .orders(summaries(orders))
                .updatedAt(Times.at(c.updatedAt));
    }

    private static List<CustomerOrderSummary> summaries(List<Order> orders) {
        return orders.stream()
                .map(o -> new CustomerOrderSummary(o.id, o.displayId, o.total()))
                .toList();
    }

    private static List<CustomerAddress> addresses(List<Address> addresses) {
        return addresses.stream().map(CustomerViews::address).toList();
    }

    private static CustomerAddress address(Address a) {
        return new CustomerAddress(a.id, a.firstName, a.lastName, a.address1, a.city, a.countryCode, a.phone)
                .address2(a.address2)
                .postalCode(a.postalCode);
    }
}
