package com.marqasouq.kit.conformance.steps.orders;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.marqasouq.kit.conformance.steps.common.Times;
import com.marqasouq.kit.conformance.world.World;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GET /admin/orders (section 2.1, D2, D4): pages, filters, bad values and finding the scenario's
 * orders; the checks on the pages read and on the orders listed hold for Odoo's list too
 * ({@link OdooOrderSteps}). {@link OrderListing} reads the lists, {@link OrderPageChecks} checks pages.
 */
public final class OrderListSteps {
    private final World world;
    private final OrderFixtures orders;
    private final OrderListing lists;

    public OrderListSteps(World world, OrderFixtures orders, OrderListing lists) {
        this.world = world;
        this.orders = orders;
        this.lists = lists;
    }

    @ParameterType(name = "findsOrNot", value = "finds|does not find")
    public Boolean findsOrNot(String text) {
        return text.equals("finds");
    }

    @ParameterType(name = "orderWindow", value = OrderWindow.PATTERN)
    public OrderWindow orderWindow(String text) {
        return OrderWindow.of(text);
    }

    // ----- pages -----

    @When("Odoo reads a page of {int} order(s) at offset {int}")
    public void readsAPage(int limit, int offset) {
        lists.read(OrderRoute.ADMIN, limit, offset);
    }

    @When("Odoo reads a page of {int} order(s) just past the last order")
    public void readsAPagePastTheEnd(int limit) {
        lists.read(OrderRoute.ADMIN, limit, lists.lastPage().total());
    }

    @Then("every page read echoes its limit and offset")
    public void everyPageEchoes() {
        lists.pages().forEach(page -> OrderPageChecks.echoes(page, page.effectiveLimit(), page.offset()));
    }

    @Then("the last page read has limit {int} and offset {int}")
    public void theLastPageHas(int limit, int offset) {
        OrderPageChecks.echoes(lists.lastPage(), limit, offset);
    }

    @Then("every page read reports the same count")
    public void everyPageReportsTheSameCount() {
        OrderPageChecks.sameCount(lists.pages());
    }

    @Then("every page read holds as many orders as its limit allows before the count runs out")
    public void everyPageIsFull() {
        lists.pages().forEach(OrderPageChecks::full);
    }

    @Then("the last page read holds {int} order(s)")
    public void theLastPageHolds(int count) {
        assertThat("orders on the last page read", lists.lastPage().orders().size(), equalTo(count));
    }

    @Then("has_more tells whether orders remain after every page read")
    public void hasMoreIsRight() {
        lists.pages().forEach(OrderPageChecks::hasMore);
    }

    @Then("the page at offset {int} starts with order number {int} of the page at offset {int}")
    public void pageStartsWith(int offset, int number, int otherOffset) {
        OrderPageChecks.startsWith(lists.pageAt(offset), lists.pageAt(otherOffset), number);
    }

    @Then("the orders of every page read are oldest first, ties broken by id")
    public void oldestFirst() {
        lists.pages().forEach(page -> OrderPageChecks.sorted(page.orders(), "page at offset " + page.offset()));
    }

    @Then("the page at offset {int} continues where the page at offset {int} ends")
    public void pageContinues(int offset, int previousOffset) {
        OrderPageChecks.continues(lists.pageAt(previousOffset), lists.pageAt(offset));
    }

    // ----- filtered lists -----

    @When("Odoo lists the orders with status {string}")
    public void listsByStatus(String status) {
        lists.listOnePage(OrderRoute.ADMIN, Map.of("status", status));
    }

    @When("Odoo lists the orders whose odoo_synced is {string}")
    public void listsBySynced(String synced) {
        lists.listOnePage(OrderRoute.ADMIN, Map.of("metadata[odoo_synced]", synced));
    }

    @When(
            "Odoo lists the orders created from the time of order number {int} to the time of order number {int} of that page")
    public void listsAWindow(int from, int to) {
        lists.listWindow(OrderRoute.ADMIN, from, to);
    }

    @When("Odoo pages through the pending orders not yet synced, created since the order was placed")
    public void pagesThroughUnsynced() {
        Map<String, String> query = new LinkedHashMap<>(Map.of("status", "pending", "metadata[odoo_synced]", "false"));
        query.putAll(OrderRoute.ADMIN.window(orders.current().createdAt(), null));
        lists.listAll(OrderRoute.ADMIN, query, 50);
    }

    @When("Odoo lists orders with {string} set to {string}")
    public void listsWithABadValue(String parameter, String value) {
        world.call("GET", OrderRoute.ADMIN.path())
                .query(parameter, value)
                .deliberatelyInvalid()
                .send();
    }

    @Then("every order listed has status {string}")
    public void everyOrderHasStatus(String status) {
        lists.listed().forEach(o -> assertThat("status of " + o.get("id"), o.get("status"), equalTo(status)));
    }

    @Then("every order listed has odoo_synced {word}, where absent or null counts as false")
    public void everyOrderHasSynced(String synced) {
        lists.listed()
                .forEach(o -> assertThat(
                        "metadata.odoo_synced of " + o.get("id"),
                        Boolean.TRUE.equals(OrderChecks.object(o, "metadata").get("odoo_synced")),
                        equalTo(Boolean.parseBoolean(synced))));
    }

    @Then("every order listed was created inside that window")
    public void everyOrderInsideTheWindow() {
        lists.listed()
                .forEach(o -> assertThat(
                        o.get("id") + " created at " + o.get("created_at") + " is inside [" + lists.windowFrom() + ", "
                                + lists.windowTo() + "]",
                        lists.insideWindow(Times.createdAt(o)),
                        equalTo(true)));
    }

    @Then("orders number {int} to {int} of that page are all listed")
    public void ordersOfThePageAreListed(int from, int to) {
        List<Object> listed = lists.listed().stream().map(o -> o.get("id")).toList();
        for (int n = from; n <= to; n++) {
            assertThat(
                    "orders listed in the window",
                    listed,
                    hasItem(lists.orderNumber(n).get("id")));
        }
    }

    // ----- finding the scenario's orders in the lists -----

    @Then("Odoo {findsOrNot} the order among the orders created {orderWindow}")
    public void findsInAWindow(boolean finds, OrderWindow window) {
        expectFound(OrderRoute.ADMIN, finds, Map.of(), window);
    }

    @Then("Odoo {findsOrNot} the order among the {string} orders created {orderWindow}")
    public void findsByStatus(boolean finds, String status, OrderWindow window) {
        expectFound(OrderRoute.ADMIN, finds, Map.of("status", status), window);
    }

    @Then("Odoo {findsOrNot} the order among the orders whose odoo_synced is {string} created {orderWindow}")
    public void findsBySynced(boolean finds, String synced, OrderWindow window) {
        expectFound(OrderRoute.ADMIN, finds, Map.of("metadata[odoo_synced]", synced), window);
    }

    private void expectFound(OrderRoute route, boolean finds, Map<String, String> filters, OrderWindow window) {
        lists.expectFound(route, orders.current(), finds, filters, window);
    }

    @Then("the {freshOrder} is listed")
    public void isListed(FreshOrder order) {
        assertThat(
                "order " + order.id() + " among the orders listed",
                lists.listedOrder(order.id()).isPresent(),
                equalTo(true));
    }

    @Then("the {freshOrder} is not listed")
    public void isNotListed(FreshOrder order) {
        assertThat(
                "order " + order.id() + " among the orders listed",
                lists.listedOrder(order.id()).isPresent(),
                equalTo(false));
    }

    @Then("every fresh order is listed as {string}")
    public void everyFreshOrderIsListedAs(String status) {
        for (FreshOrder order : orders.all()) {
            isListed(order);
            assertThat("status of " + order.id(), lists.found().get("status"), equalTo(status));
        }
    }

    @Then("the order as listed shows the SKUs and quantities ordered")
    public void asListedShowsTheLines() {
        OrderChecks.hasLines(lists.found(), orders.current(), true);
    }

    @Then("the order as listed has line subtotals of unit price times quantity and totals that add up")
    public void asListedAddsUp() {
        OrderChecks.lineSubtotals(lists.found());
        OrderChecks.subtotalIsSumOfLines(lists.found());
        OrderChecks.totalAddsUp(lists.found());
    }
}
