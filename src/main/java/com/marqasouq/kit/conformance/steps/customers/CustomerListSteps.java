package com.marqasouq.kit.conformance.steps.customers;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.marqasouq.kit.conformance.http.ApiCall;
import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.world.TestData;
import com.marqasouq.kit.conformance.world.World;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * GET /admin/customers (sections 4.1, 4.5; D2, D4, D5) and the customer side of Quick Reference
 * flow 3. The checks on a page are shared with the /odoo list ({@link CustomerLists}).
 */
public final class CustomerListSteps {
    private final World world;
    private final Customers customers;
    private final CustomerMarkers markers;

    public CustomerListSteps(World world, TestData data, KnownCustomers known, CustomerMarkers markers) {
        this.world = world;
        this.customers = new Customers(world, data, known);
        this.markers = markers;
    }

    @When("Odoo lists customers with the e-mail of {string}")
    public void listsByEmail(String label) {
        list().query("email", email(label)).send();
    }

    @When("Odoo lists customers with the e-mail of {string} without its domain")
    public void listsByPartOfTheEmail(String label) {
        String email = email(label);
        list().query("email", email.substring(0, email.indexOf('@'))).send();
    }

    @When("Odoo searches customers for the e-mail of {string}")
    public void searchesForTheEmail(String label) {
        list().query("q", email(label)).send();
    }

    @When("Odoo searches customers for the name of {string}")
    public void searchesForTheName(String label) {
        list().query("q", customers.known(label).firstName()).send();
    }

    @When("Odoo searches customers for the marker of {string} in upper case")
    public void searchesForTheMarker(String label) {
        list().query("q", markers.marker(label).toUpperCase(Locale.ROOT)).send();
    }

    @When("Odoo searches customers of the family {string} {int} per page from offset {int}")
    public void searchesAFamilyPage(String family, int limit, int offset) {
        list().query("q", markers.familyName(family))
                .query("limit", limit)
                .query("offset", offset)
                .send();
    }

    @When("Odoo lists customers without a limit")
    public void listsWithoutALimit() {
        list().send();
    }

    @When("Odoo lists customers with the e-mail of {string} created at or after the moment {string} was created")
    public void listsCreatedSince(String label, String when) {
        list().query("email", email(label))
                .query("created_at[gte]", customers.known(when).createdAt())
                .send();
    }

    @When(
            "Odoo lists customers with the e-mail of {string} created at or after {int} millisecond after {string} was created")
    public void listsCreatedSinceJustAfter(String label, int millis, String when) {
        String bound = Instant.parse(customers.known(when).createdAt())
                .plusMillis(millis)
                .toString();
        list().query("email", email(label)).query("created_at[gte]", bound).send();
    }

    @When("Odoo lists customers with the e-mail of {string} that are not yet synced to Odoo")
    public void listsNotYetSynced(String label) {
        list().query("email", email(label))
                .query("metadata[odoo_synced]", false)
                .send();
    }

    @When("Odoo lists customers with the e-mail of {string} that are already synced to Odoo")
    public void listsAlreadySynced(String label) {
        list().query("email", email(label)).query("metadata[odoo_synced]", true).send();
    }

    @When("Odoo lists the customers created since {string} registered that are not yet synced to Odoo")
    public void listsTheNewCustomersNotYetSynced(String label) {
        list().query("created_at[gte]", customers.known(label).createdAt())
                .query("metadata[odoo_synced]", false)
                .send();
    }

    @When("Odoo lists the customers created since {string} registered that are already synced to Odoo")
    public void listsTheNewCustomersAlreadySynced(String label) {
        list().query("created_at[gte]", customers.known(label).createdAt())
                .query("metadata[odoo_synced]", true)
                .send();
    }

    @When("the Python client gets the new customers since {string} registered")
    public void thePythonClientGetsTheNewCustomers(String label) {
        list().query("created_at[gte]", customers.known(label).createdAt())
                .query("limit", 100)
                .send();
    }

    @When("Odoo lists customers with {string} set to {string}")
    public void listsWithABadValue(String parameter, String value) {
        list().query(parameter, value).deliberatelyInvalid().send();
    }

    @Then("the customer list holds exactly {string}")
    public void theListHoldsExactly(String label) {
        CustomerLists.holdsExactly(world.last(), List.of(customers.known(label)));
    }

    @Then("the customer list is empty")
    public void theListIsEmpty() {
        CustomerLists.isEmpty(world.last());
    }

    @Then(
            "the customer page holds customers {int} to {int} of the family, with count {int}, offset {int} and limit {int}")
    public void theFamilyPageHolds(int from, int to, int count, int offset, int limit) {
        ApiResult page = world.last();
        List<String> expected = customers.group().subList(from - 1, to).stream()
                .map(KnownCustomer::id)
                .toList();
        assertThat("the customers on the page, oldest first (D4)", CustomerLists.ids(page), equalTo(expected));
        assertThat("count: all matches before paging (D4)", page.get("count"), equalTo(count));
        assertThat("offset", page.get("offset"), equalTo(offset));
        assertThat("limit", page.get("limit"), equalTo(limit));
    }

    @Then("the customer page has limit {int} and at most {int} customers, as many as the count allows")
    public void thePageHasTheDefaultLimit(int limit, int most) {
        ApiResult page = world.last();
        assertThat("limit when none is asked for (D4)", page.get("limit"), equalTo(limit));
        assertThat(
                "customers on the first page",
                CustomerLists.ids(page).size(),
                equalTo(Math.min(most, CustomerLists.count(page))));
    }

    @Then("{string} is listed with no orders and no shipping addresses")
    public void isListedWithNothingYet(String label) {
        Map<String, Object> entry = CustomerLists.entry(world.last(), customers.known(label));
        assertThat("orders of a new customer", (List<?>) entry.get("orders"), empty());
        assertThat("shipping_addresses of a new customer", (List<?>) entry.get("shipping_addresses"), empty());
    }

    @Then("{string} is listed with exactly that order, its display number and its total")
    @SuppressWarnings("unchecked")
    public void isListedWithThatOrder(String label) {
        Map<String, Object> entry = CustomerLists.entry(world.last(), customers.known(label));
        customers.placedOrder().assertListedIn((List<Map<String, Object>>) entry.get("orders"), "customers[].orders");
    }

    @Then("{string} is among the listed customers")
    public void isAmongTheListed(String label) {
        CustomerLists.entry(world.last(), customers.known(label));
    }

    @Then("{string} is not among the listed customers")
    public void isNotAmongTheListed(String label) {
        assertThat(
                "customers listed",
                CustomerLists.ids(world.last()),
                not(hasItem(customers.known(label).id())));
    }

    @Then("{string} is among the listed customers, synced to partner {string}")
    @SuppressWarnings("unchecked")
    public void isAmongTheListedSyncedTo(String label, String partner) {
        Map<String, Object> metadata = (Map<String, Object>)
                CustomerLists.entry(world.last(), customers.known(label)).get("metadata");
        assertThat("metadata.odoo_synced", metadata.get("odoo_synced"), equalTo(Boolean.TRUE));
        assertThat("metadata.odoo_customer_id", metadata.get("odoo_customer_id"), equalTo(partner));
    }

    private ApiCall list() {
        return world.call("GET", "/admin/customers");
    }

    private String email(String label) {
        return customers.known(label).email();
    }
}
