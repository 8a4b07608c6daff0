package com.marqasouq.kit.conformance.steps.customers;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.steps.common.ResponseSteps;
import com.marqasouq.kit.conformance.steps.products.KnownProducts;
import com.marqasouq.kit.conformance.world.Preparation;
import com.marqasouq.kit.conformance.world.TestData;
import com.marqasouq.kit.conformance.world.World;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Customers made, read and updated by Odoo (sections 4.2–4.4, D7, D16). Lists: {@link CustomerListSteps}. */
public final class CustomerSteps {
    private final World world;
    private final TestData data;
    private final Customers customers;
    private final CustomerMarkers markers;
    private final KnownProducts products;
    private Map<String, Object> sentCustomer;

    public CustomerSteps(
            World world, TestData data, KnownCustomers known, CustomerMarkers markers, KnownProducts products) {
        this.world = world;
        this.data = data;
        this.customers = new Customers(world, data, known);
        this.markers = markers;
        this.products = products;
    }

    @Given("a customer {string} created by Odoo")
    @Given("a customer {string} registered since the last sync")
    @Given("a customer {string} created by Odoo without odoo_synced in metadata")
    public void aCustomer(String label) {
        customers.plain(label);
    }

    @Given("a customer {string} created by Odoo with odoo_synced false in metadata")
    public void aCustomerNotYetSynced(String label) {
        Map<String, Object> body = customers.body(label);
        metadata(body).put("odoo_synced", false);
        customers.create(label, body);
    }

    @Given("a customer {string} created by Odoo with metadata {string} set to {string}")
    public void aCustomerWithMetadata(String label, String key, String value) {
        Map<String, Object> body = customers.body(label);
        metadata(body).put(key, value);
        customers.create(label, body);
    }

    @Given("a customer {string} created by Odoo with a search marker in the first name")
    public void aCustomerMarkedInTheFirstName(String label) {
        String marker = marker(label);
        Map<String, Object> body = customers.body(label);
        body.put("first_name", label + " " + marker);
        customers.create(label, body);
    }

    @Given("a customer {string} created by Odoo with a search marker in the last name")
    public void aCustomerMarkedInTheLastName(String label) {
        String marker = marker(label);
        Map<String, Object> body = customers.body(label);
        body.put("last_name", "Al-" + marker);
        customers.create(label, body);
    }

    @Given("a customer {string} created by Odoo with a search marker in the e-mail")
    public void aCustomerMarkedInTheEmail(String label) {
        String marker = marker(label);
        Map<String, Object> body = customers.body(label);
        body.put("email", "odoo." + marker + "@example.com");
        customers.create(label, body);
    }

    @Given("a customer {string} created by Odoo with a phone number of her own")
    public void aCustomerWithHerOwnPhone(String label) {
        Map<String, Object> body = customers.body(label);
        body.put("phone", customers.uniquePhone());
        customers.create(label, body);
    }

    @Given("a customer {string} created by Odoo with the phone number of {string} and one more digit")
    public void aCustomerWithALongerPhone(String label, String other) {
        Map<String, Object> body = customers.body(label);
        body.put("phone", customers.known(other).phone() + "9");
        customers.create(label, body);
    }

    @Given("{int} customers of the family {string} created by Odoo")
    public void customersOfOneFamily(int how, String family) {
        String lastName = world.unique(family);
        markers.familyName(family, lastName);
        List<KnownCustomer> members = new ArrayList<>();
        for (int i = 1; i <= how; i++) {
            members.add(customers.plain(family + " member " + i, lastName));
        }
        customers.rememberGroup(members);
    }

    @Given("{int} customers created by Odoo sharing one phone number")
    public void customersSharingAPhone(int how) {
        String phone = customers.uniquePhone();
        markers.sharedPhone(phone);
        List<KnownCustomer> members = new ArrayList<>();
        for (int i = 1; i <= how; i++) {
            Map<String, Object> body = customers.body("Sharer" + i);
            body.put("phone", phone);
            members.add(customers.create("Sharer" + i, body));
        }
        customers.rememberGroup(members);
    }

    @Given("{string} placed an order for {int} of {string}")
    public void placedAnOrder(String customer, int quantity, String product) {
        String orderId = data.freshOrder(customers.known(customer).id(), products.sku(product), quantity);
        ApiResult order = Preparation.require(
                world.call("GET", "/admin/orders/" + orderId).send(), 200, "reading the order just placed");
        assertThat(
                "the order placed belongs to " + customer,
                order.get("order.customer.id"),
                equalTo(customers.known(customer).id()));
        customers.placed(new PlacedOrder(
                customer, orderId, order.get("order.display_id"), ((Number) order.get("order.total")).longValue()));
    }

    @When("Odoo creates the customer {string} {string} with phone {string} for partner {string} from {string}")
    public void createsTheCustomerOfSection44(String first, String last, String phone, String partner, String source) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", customers.uniqueEmail(first));
        body.put("first_name", first);
        body.put("last_name", last);
        body.put("phone", phone);
        body.put("metadata", Map.of("odoo_customer_id", partner, "source", source));
        sentCustomer = body;
        ApiResult created = customers.post(body, false);
        if (created.status() == 200) {
            customers.remember(KnownCustomer.from(first, created));
        }
    }

    @When("Odoo creates a customer {string} with the same e-mail as {string}")
    public void createsACustomerWithTheSameEmail(String label, String other) {
        Map<String, Object> body = customers.body(label);
        body.put("email", customers.known(other).email());
        customers.post(body, false);
    }

    @When("Odoo creates a customer {string} with the same e-mail in capitals as {string}")
    public void createsACustomerWithTheSameEmailInCapitals(String label, String other) {
        Map<String, Object> body = customers.body(label);
        body.put("email", customers.known(other).email().toUpperCase(Locale.ROOT));
        customers.post(body, false);
    }

    @When("Odoo creates a customer {string} without an e-mail")
    public void createsACustomerWithoutEmail(String label) {
        Map<String, Object> body = customers.body(label);
        body.remove("email");
        body.put("first_name", world.unique(label));
        customers.remember(new KnownCustomer(label, null, null, (String) body.get("first_name"), null, null, null));
        customers.post(body, true);
    }

    @When("Odoo creates a customer {string} with the unknown field {string}")
    public void createsACustomerWithAnUnknownField(String label, String field) {
        Map<String, Object> body = customers.body(label);
        body.put(field, label);
        customers.remember(new KnownCustomer(label, null, (String) body.get("email"), label, null, null, null));
        customers.post(body, true);
    }

    @When("Odoo fetches the customer {string}")
    public void fetchesTheCustomer(String label) {
        world.call("GET", "/admin/customers/" + customers.known(label).id()).send();
    }

    @When("Odoo fetches a customer that does not exist")
    public void fetchesAnUnknownCustomer() {
        world.call("GET", "/admin/customers/cus_DOESNOTEXIST" + world.run().runId())
                .send();
    }

    @When("Odoo marks {string} as synced to partner {string}")
    public void marksSynced(String label, String partner) {
        update(customers.known(label).id(), Map.of("metadata", syncedTo(partner, "2026-01-30T11:00:00.000Z")));
    }

    @When("the Python client marks {string} synced to partner {string} at local time {string}")
    public void thePythonClientMarksSynced(String label, String partner, String localTime) {
        update(customers.known(label).id(), Map.of("metadata", syncedTo(partner, localTime)));
    }

    @When("Odoo marks a customer that does not exist as synced to partner {string}")
    public void marksAnUnknownCustomerSynced(String partner) {
        update(
                "cus_DOESNOTEXIST" + world.run().runId(),
                Map.of("metadata", syncedTo(partner, "2026-01-30T11:00:00.000Z")));
    }

    @When("Odoo sets the metadata {string} of {string} to null")
    public void setsMetadataToNull(String key, String label) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(key, null);
        update(customers.known(label).id(), Map.of("metadata", metadata));
    }

    @When("Odoo changes the e-mail of {string} to the e-mail of {string} and marks him synced to partner {string}")
    public void takesTheEmailOfAnother(String label, String other, String partner) {
        update(
                customers.known(label).id(),
                Map.of(
                        "email",
                        customers.known(other).email(),
                        "metadata",
                        syncedTo(partner, "2026-01-30T11:00:00.000Z")));
    }

    @Then("the new customer has the e-mail, names and phone that were sent")
    public void theNewCustomerHasWhatWasSent() {
        for (String field : List.of("email", "first_name", "last_name", "phone")) {
            assertThat("customer." + field, world.last().get("customer." + field), equalTo(sentCustomer.get(field)));
        }
    }

    @Then("the customer details show the e-mail, names, phone and creation time of {string}")
    public void theDetailsShow(String label) {
        KnownCustomer known = customers.known(label);
        ApiResult last = world.last();
        assertThat("customer.id", last.get("customer.id"), equalTo(known.id()));
        assertThat("customer.email", last.get("customer.email"), equalTo(known.email()));
        assertThat("customer.first_name", last.get("customer.first_name"), equalTo(known.firstName()));
        assertThat("customer.last_name", last.get("customer.last_name"), equalTo(known.lastName()));
        assertThat("customer.phone", last.get("customer.phone"), equalTo(known.phone()));
        assertThat("customer.created_at", last.get("customer.created_at"), equalTo(known.createdAt()));
    }

    @Then("the customer details show exactly that order, its display number and its total")
    public void theDetailsShowThatOrder() {
        customers.placedOrder().assertListedIn(world.last().list("customer.orders"), "customer.orders");
    }

    @Then("the customer metadata has {string} set to {string}")
    public void theMetadataHas(String key, String value) {
        assertThat("customer.metadata." + key, metadata().get(key), equalTo(value));
    }

    @Then("the customer metadata has no {string}")
    public void theMetadataHasNo(String key) {
        assertThat("customer.metadata", metadata(), not(hasKey(key)));
    }

    @Then("the customer metadata marks it synced to partner {string}")
    public void theMetadataMarksItSynced(String partner) {
        assertThat("customer.metadata.odoo_synced", metadata().get("odoo_synced"), equalTo(Boolean.TRUE));
        assertThat("customer.metadata.odoo_customer_id", metadata().get("odoo_customer_id"), equalTo(partner));
    }

    private Map<String, Object> metadata() {
        Map<String, Object> metadata = world.last().get("customer.metadata");
        assertThat(
                "customer.metadata in " + ResponseSteps.abbreviate(world.last().body()), metadata, notNullValue());
        return metadata;
    }

    private void update(String id, Map<String, Object> body) {
        world.call("POST", "/admin/customers/" + id).body(TestData.write(body)).send();
    }

    /** The section 4.3 body. */
    private static Map<String, Object> syncedTo(String partner, String syncDate) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("odoo_customer_id", partner);
        metadata.put("odoo_synced", true);
        metadata.put("odoo_sync_date", syncDate);
        return metadata;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metadata(Map<String, Object> body) {
        return (Map<String, Object>) body.get("metadata");
    }

    private String marker(String label) {
        String marker = world.unique("mark" + label.toLowerCase(Locale.ROOT));
        markers.marker(label, marker);
        return marker;
    }
}
