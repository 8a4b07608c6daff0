package com.marqasouq.kit.sandbox.store.seed;

import com.marqasouq.kit.sandbox.domain.Address;
import com.marqasouq.kit.sandbox.domain.customers.Customer;
import com.marqasouq.kit.sandbox.domain.state.State;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Customers with Arabic or English names and Kuwaiti addresses. */
final class CustomerGenerator {
    private static final Instant FIRST = Instant.parse("2025-10-01T08:00:00.000Z");
    private static final Instant LAST = Instant.parse("2026-01-31T22:00:00.000Z");

    private final SeedContext seed;

    CustomerGenerator(SeedContext seed) {
        this.seed = seed;
    }

    List<Customer> addCustomers(State state, int count) {
        List<Customer> customers = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            Customer customer = new Customer();
            Instant createdAt = seed.between(FIRST, LAST);
            customer.id = seed.id("cus_", createdAt);
            String emailName;
            if (seed.random.nextInt(10) < 3) {
                String[] first = Vocabulary.pick(seed.random, Vocabulary.ARABIC_FIRST_NAMES);
                String[] last = Vocabulary.pick(seed.random, Vocabulary.ARABIC_LAST_NAMES);
                customer.firstName = first[0];
                customer.lastName = last[0];
                emailName = first[1] + "." + last[1];
            } else {
                customer.firstName = Vocabulary.pick(seed.random, Vocabulary.FIRST_NAMES);
                customer.lastName = Vocabulary.pick(seed.random, Vocabulary.LAST_NAMES);
                emailName = (customer.firstName + "." + customer.lastName)
                        .toLowerCase(Locale.ROOT)
                        .replace("-", "");
            }
            customer.email = emailName + "." + n + "@" + Vocabulary.pick(seed.random, Vocabulary.EMAIL_DOMAINS);
            customer.phone = phone();
            customer.hasAccount = seed.random.nextInt(10) < 8;
            customer.createdAt = createdAt;
            customer.updatedAt = createdAt;
            Address address = address(customer);
            address.id = seed.id("addr_", createdAt);
            customer.shippingAddresses.add(address);
            customer.billingAddress = address.copy();
            if (seed.random.nextInt(10) < 4) {
                customer.metadata.put("odoo_customer_id", "RES.PARTNER/" + (20000 + n));
                customer.metadata.put("odoo_synced", true);
            }
            state.addCustomer(customer);
            customers.add(customer);
        }
        return customers;
    }

    private Address address(Customer customer) {
        Address address = new Address();
        address.firstName = customer.firstName;
        address.lastName = customer.lastName;
        address.address1 = "Block " + Vocabulary.between(seed.random, 1, 12) + ", Street "
                + Vocabulary.between(seed.random, 1, 40) + ", House " + Vocabulary.between(seed.random, 1, 99);
        address.city = Vocabulary.pick(seed.random, Vocabulary.AREAS);
        address.countryCode = "kw";
        address.postalCode = String.valueOf(Vocabulary.between(seed.random, 10000, 99999));
        address.phone = customer.phone;
        return address;
    }

    private String phone() {
        String first = Vocabulary.pick(seed.random, List.of("5", "6", "9"));
        return "+965-" + first + CatalogueGenerator.zeroPadded(seed.random.nextInt(10_000_000), 7);
    }
}
