package com.marqasouq.kit.conformance.steps.customers;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.marqasouq.kit.conformance.http.ApiCall;
import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.steps.common.Json;
import com.marqasouq.kit.conformance.world.Preparation;
import com.marqasouq.kit.conformance.world.TestData;
import com.marqasouq.kit.conformance.world.World;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** GET /odoo/customers: Odoo's CRM sync with addresses and order statistics (section 8.4, D4, D16). */
public final class OdooCustomerSteps {
    private final World world;
    private final Customers customers;
    private final CustomerMarkers markers;
    private ApiResult firstCrmPage;

    public OdooCustomerSteps(World world, TestData data, KnownCustomers known, CustomerMarkers markers) {
        this.world = world;
        this.customers = new Customers(world, data, known);
        this.markers = markers;
    }

    @When("the CRM sync fetches customers with the e-mail of {string}")
    public void fetchesByEmail(String label) {
        crm().query("email", customers.known(label).email()).send();
    }

    @When("the CRM sync fetches customers with the phone of {string}")
    public void fetchesByPhone(String label) {
        crm().query("phone", customers.known(label).phone()).send();
    }

    @When(
            "the CRM sync fetches customers with the e-mail of {string} created at or after the moment {string} was created")
    public void fetchesCreatedSince(String label, String when) {
        crm().query("email", customers.known(label).email())
                .query("created_after", customers.known(when).createdAt())
                .send();
    }

    @When(
            "the CRM sync fetches customers with the e-mail of {string} created at or after {int} millisecond after {string} was created")
    public void fetchesCreatedSinceJustAfter(String label, int millis, String when) {
        String bound = Instant.parse(customers.known(when).createdAt())
                .plusMillis(millis)
                .toString();
        crm().query("email", customers.known(label).email())
                .query("created_after", bound)
                .send();
    }

    @When("the CRM sync fetches customers without a limit")
    public void fetchesWithoutALimit() {
        firstCrmPage = crm().send();
    }

    @When("the CRM sync fetches customers {int} per page")
    public void fetchesAPage(int limit) {
        crm().query("limit", limit).send();
    }

    @When("the CRM sync fetches customers with that phone number {int} per page from offset {int}")
    public void fetchesASharedPhonePage(int limit, int offset) {
        crm().query("phone", markers.sharedPhone())
                .query("limit", limit)
                .query("offset", offset)
                .send();
    }

    @When("the CRM sync fetches customers with {string} set to {string}")
    public void fetchesWithABadValue(String parameter, String value) {
        crm().query(parameter, value).deliberatelyInvalid().send();
    }

    @Then("the CRM customer {string} has the e-mail, names, phone and creation time it was created with")
    public void hasItsDetails(String label) {
        KnownCustomer known = customers.known(label);
        Map<String, Object> entry = entry(label);
        assertThat("email", entry.get("email"), equalTo(known.email()));
        assertThat("first_name", entry.get("first_name"), equalTo(known.firstName()));
        assertThat("last_name", entry.get("last_name"), equalTo(known.lastName()));
        assertThat("phone", entry.get("phone"), equalTo(known.phone()));
        assertThat("created_at", entry.get("created_at"), equalTo(known.createdAt()));
    }

    @Then("the CRM customer {string} has no addresses")
    public void hasNoAddresses(String label) {
        assertThat(
                "addresses of a customer created without any",
                (List<?>) entry(label).get("addresses"),
                empty());
    }

    @Given("Odoo has completed order {int} of {string}")
    public void hasCompleted(int number, String customer) {
        String id = customers.placedOrder(customer, number).id();
        Preparation.require(
                world.call("PATCH", "/odoo/orders/" + id)
                        .body(Json.write(Map.of("status", "completed")))
                        .send(),
                200,
                "completing order " + number + " of " + customer);
    }

    @Given("Odoo has canceled order {int} of {string}")
    public void hasCanceled(int number, String customer) {
        String id = customers.placedOrder(customer, number).id();
        Preparation.require(
                world.call("POST", "/admin/orders/" + id + "/cancel").send(),
                200,
                "canceling order " + number + " of " + customer);
    }

    @Then("the CRM customer {string} has {int} orders and spent {int}")
    public void hasStats(String label, int orders, int spent) {
        assertStats(label, orders, spent);
    }

    @Then("the CRM customer {string} has {int} order and spent the total of that order")
    public void hasTheStatsOfThatOrder(String label, int orders) {
        assertStats(label, orders, customers.placedOrder().total());
    }

    @Then("the CRM customer {string} has {int} order and spent the total of order {int}")
    public void hasTheStatsOfOneOrder(String label, int orders, int number) {
        assertStats(label, orders, customers.placedOrder(label, number).total());
    }

    @Then("the first CRM page held {int} customers, or all of them when there are fewer")
    public void theFirstPageHeldTheDefault(int limit) {
        int first = CustomerLists.ids(firstCrmPage).size();
        int available = CustomerLists.ids(world.last()).size();
        assertThat(
                "customers on a page without limit, when " + available + " come with limit " + (limit + 1)
                        + " (section 8.4: default 50)",
                first,
                equalTo(Math.min(limit, available)));
    }

    @Then(
            "the CRM page holds customers {int} to {int} of them, with total {int}, limit {int}, offset {int} and more to come")
    public void thePageHoldsWithMore(int from, int to, int total, int limit, int offset) {
        assertPage(from, to, total, limit, offset, true);
    }

    @Then(
            "the CRM page holds customers {int} to {int} of them, with total {int}, limit {int}, offset {int} and no more to come")
    public void thePageHoldsWithNoMore(int from, int to, int total, int limit, int offset) {
        assertPage(from, to, total, limit, offset, false);
    }

    private void assertPage(int from, int to, int total, int limit, int offset, boolean more) {
        ApiResult page = world.last();
        List<String> expected = customers.group().subList(from - 1, to).stream()
                .map(KnownCustomer::id)
                .toList();
        assertThat("the customers on the page, oldest first (D4)", CustomerLists.ids(page), equalTo(expected));
        assertThat("pagination.total: all matches before paging (D4)", page.get("pagination.total"), equalTo(total));
        assertThat("pagination.limit", page.get("pagination.limit"), equalTo(limit));
        assertThat("pagination.offset", page.get("pagination.offset"), equalTo(offset));
        assertThat("pagination.has_more", page.get("pagination.has_more"), equalTo(more));
    }

    @SuppressWarnings("unchecked")
    private void assertStats(String label, int orders, long spent) {
        Map<String, Object> stats = (Map<String, Object>) entry(label).get("stats");
        assertThat("stats.order_count", stats.get("order_count"), equalTo(orders));
        assertThat("stats.total_spent", ((Number) stats.get("total_spent")).longValue(), equalTo(spent));
    }

    private Map<String, Object> entry(String label) {
        return CustomerLists.entry(world.last(), customers.known(label));
    }

    private ApiCall crm() {
        return world.call("GET", "/odoo/customers");
    }
}
