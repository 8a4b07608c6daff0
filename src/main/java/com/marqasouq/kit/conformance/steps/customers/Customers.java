package com.marqasouq.kit.conformance.steps.customers;

import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.world.Preparation;
import com.marqasouq.kit.conformance.world.TestData;
import com.marqasouq.kit.conformance.world.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Makes the customers a scenario needs (section 4.4) with e-mails, names and phone numbers
 * marked by the run id, and keeps each under its label in the scenario's {@link KnownCustomers}.
 */
final class Customers {
    private final World world;
    private final TestData data;
    private final KnownCustomers knownCustomers;

    Customers(World world, TestData data, KnownCustomers knownCustomers) {
        this.world = world;
        this.data = data;
        this.knownCustomers = knownCustomers;
    }

    /** A plain customer made by the shared test data, first name = label. */
    KnownCustomer plain(String label) {
        return plain(label, "Al-Sabah");
    }

    KnownCustomer plain(String label, String lastName) {
        data.customer(label, lastName);
        return remember(KnownCustomer.from(label, world.last()));
    }

    /** The body of section 4.4 for a new customer, with an e-mail of its own. */
    Map<String, Object> body(String label) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", uniqueEmail(label));
        body.put("first_name", label);
        body.put("last_name", "Al-Sabah");
        body.put("phone", "+965-55667788");
        body.put(
                "metadata",
                new LinkedHashMap<>(
                        Map.of("created_by", "conformance " + world.run().runId())));
        return body;
    }

    KnownCustomer create(String label, Map<String, Object> body) {
        ApiResult created = Preparation.require(post(body, false), 200, "creating a test customer");
        return remember(KnownCustomer.from(label, created));
    }

    ApiResult post(Map<String, Object> body, boolean deliberatelyInvalid) {
        var call = world.call("POST", "/admin/customers").body(TestData.write(body));
        if (deliberatelyInvalid) {
            call.deliberatelyInvalid();
        }
        return call.send();
    }

    String uniqueEmail(String label) {
        return world.unique(label.toLowerCase(Locale.ROOT)) + "@example.com";
    }

    /** A phone number no other customer is likely to have: +965- and ten random digits. */
    String uniquePhone() {
        return "+965-" + String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L));
    }

    KnownCustomer remember(KnownCustomer customer) {
        return knownCustomers.remember(customer);
    }

    KnownCustomer known(String label) {
        return knownCustomers.known(label);
    }

    /** Keeps customers made together (a family, a shared phone number) as one group. */
    void rememberGroup(List<KnownCustomer> members) {
        knownCustomers.group(members);
    }

    /** The group's customers in the order of D4 (created_at, then id). */
    List<KnownCustomer> group() {
        return knownCustomers.group();
    }

    void placed(PlacedOrder order) {
        knownCustomers.placed(order);
    }

    /** The order a customer of this scenario placed. */
    PlacedOrder placedOrder() {
        return knownCustomers.placedOrder();
    }

    PlacedOrder placedOrder(String customer, int number) {
        return knownCustomers.placedOrder(customer, number);
    }
}
