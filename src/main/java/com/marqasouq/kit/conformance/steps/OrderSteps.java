package com.marqasouq.kit.conformance.steps;

import static com.marqasouq.kit.conformance.steps.OrderActions.succeeded;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.world.World;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders: the admin routes of section 2, Odoo's routes of sections 8.1–8.3, and the order
 * flows (Quick Reference 1 and 4, the updated Python client). Each step only names what Odoo
 * does or expects; {@link OrderFixtures}, {@link OrderListing}, {@link OrderActions} and
 * {@link OrderStock} do it, and the {@code Order*Checks} classes hold the assertions.
 */
public final class OrderSteps {
    private final World world;
    private final OrderFixtures orders;
    private final OrderListing lists;
    private final OrderActions actions;
    private final OrderStock stock;
    private Map<String, Object> fulfillment;

    public OrderSteps(World world, OrderFixtures orders, OrderListing lists, OrderActions actions, OrderStock stock) {
        this.world = world;
        this.orders = orders;
        this.lists = lists;
        this.actions = actions;
        this.stock = stock;
    }

    @ParameterType(name = "findsOrNot", value = "finds|does not find")
    public Boolean findsOrNot(String text) {
        return text.equals("finds");
    }

    @ParameterType(name = "orderWindow", value = OrderWindow.PATTERN)
    public OrderWindow orderWindow(String text) {
        return OrderWindow.of(text);
    }

    /** "order" is the fresh order the scenario got last, "second fresh order" the second one it got. */
    @ParameterType(name = "freshOrder", value = "order|first fresh order|second fresh order|third fresh order")
    public FreshOrder freshOrder(String text) {
        return text.equals("order")
                ? orders.current()
                : orders.nth(List.of("first", "second", "third").indexOf(text.split(" ")[0]) + 1);
    }

    // ----- the orders a scenario works on -----

    @Given("a fresh pending order of {int} unit(s) of a new product")
    public void aFreshOrder(int quantity) {
        orders.place(quantity);
    }

    @Given("a fresh pending order of {int} unit(s) of a new product and {int} unit(s) of another")
    public void aFreshOrderOfTwoProducts(int quantity, int otherQuantity) {
        orders.place(quantity, otherQuantity);
    }

    @Given("{int} fresh pending orders, each of {int} unit(s) of a new product")
    public void freshOrders(int count, int quantity) {
        for (int i = 0; i < count; i++) {
            orders.place(quantity);
        }
    }

    @Given("{int} fresh pending orders, each of {int} unit(s) of a new product and {int} unit(s) of another")
    public void freshOrdersOfTwoProducts(int count, int quantity, int otherQuantity) {
        for (int i = 0; i < count; i++) {
            orders.place(quantity, otherQuantity);
        }
    }

    @Given("an order that exists on the target")
    public void anOrderThatExists() {
        orders.existing();
    }

    @Given("the {freshOrder} is canceled")
    public void isCanceled(FreshOrder order) {
        succeeded("cancelling " + order.id(), actions.cancel(order.id()));
    }

    @Given("the {freshOrder} is fully shipped")
    public void isFullyShipped(FreshOrder order) {
        succeeded(
                "shipping " + order.id(),
                actions.ship(order.id(), OrderActions.everything(order), "KW000000001", "DHL"));
    }

    @Given("the {freshOrder} is partly shipped")
    public void isPartlyShipped(FreshOrder order) {
        order.partlyShippable();
        succeeded(
                "shipping part of " + order.id(),
                actions.ship(order.id(), Map.of(order.firstLine().itemId(), 1), "KW000000002", "DHL"));
    }

    @Given("the {freshOrder} is completed by Odoo")
    public void isCompleted(FreshOrder order) {
        succeeded("completing " + order.id(), actions.patch(order.id(), Map.of("status", "completed")));
    }

    @Given("{int} unit(s) of the order's first item has been shipped")
    public void unitsShipped(int quantity) {
        FreshOrder order = orders.current().partlyShippable();
        succeeded(
                "shipping part of " + order.id(),
                actions.ship(order.id(), Map.of(order.firstLine().itemId(), quantity), "KW000000003", "DHL"));
    }

    @Given("the order's metadata has been given {string} = {string}")
    public void metadataGiven(String key, String value) {
        succeeded(
                "setting metadata." + key,
                actions.update(orders.current().id(), Map.of("metadata", Map.of(key, value))));
    }

    // ----- pages of the two order lists -----

    @When("Odoo reads a page of {int} order(s) at offset {int}")
    public void readsAPage(int limit, int offset) {
        lists.read(OrderRoute.ADMIN, limit, offset);
    }

    @When("Odoo reads a page of {int} order(s) just past the last order")
    public void readsAPagePastTheEnd(int limit) {
        lists.read(OrderRoute.ADMIN, limit, lists.lastPage().total());
    }

    @When("Odoo requests its orders without paging parameters")
    public void requestsWithoutPaging() {
        lists.read(OrderRoute.ODOO, null, null);
    }

    @When("Odoo requests its orders {int} at a time from offset {int}")
    public void requestsAPage(int limit, int offset) {
        lists.read(OrderRoute.ODOO, limit, offset);
    }

    @When("Odoo requests its orders {int} at a time from the last order")
    public void requestsTheLastPage(int limit) {
        lists.read(
                OrderRoute.ODOO,
                limit,
                Math.max(lists.read(OrderRoute.ODOO, 1, 0).total() - 1, 0));
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

    @When("Odoo requests its orders with status {string}")
    public void requestsByStatus(String statuses) {
        lists.listOnePage(OrderRoute.ODOO, Map.of("status", statuses));
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

    @When(
            "Odoo requests its orders dated from the time of order number {int} to the time of order number {int} of that page")
    public void requestsAWindow(int from, int to) {
        lists.listWindow(OrderRoute.ODOO, from, to);
    }

    @When("Odoo pages through the pending orders not yet synced, created since the order was placed")
    public void pagesThroughUnsynced() {
        Map<String, String> query = new LinkedHashMap<>(Map.of("status", "pending", "metadata[odoo_synced]", "false"));
        query.putAll(OrderRoute.ADMIN.window(orders.current().createdAt(), null));
        lists.listAll(OrderRoute.ADMIN, query, 50);
    }

    @When("Odoo pages through its {string} orders since the first fresh order")
    public void pagesThroughOdooOrders(String statuses) {
        Map<String, String> query = new LinkedHashMap<>(Map.of("status", statuses));
        Instant first = orders.all().stream()
                .map(FreshOrder::createdAt)
                .min(Instant::compareTo)
                .orElseThrow();
        query.putAll(OrderRoute.ODOO.window(first, null));
        lists.listAll(OrderRoute.ODOO, query, 50);
    }

    @When("Odoo lists orders with {string} set to {string}")
    public void listsWithABadValue(String parameter, String value) {
        world.call("GET", OrderRoute.ADMIN.path())
                .query(parameter, value)
                .deliberatelyInvalid()
                .send();
    }

    @When("Odoo requests its orders with {string} set to {string}")
    public void requestsWithABadValue(String parameter, String value) {
        world.call("GET", OrderRoute.ODOO.path())
                .query(parameter, value)
                .deliberatelyInvalid()
                .send();
    }

    @Then("every order listed has status {string}")
    public void everyOrderHasStatus(String status) {
        lists.listed().forEach(o -> assertThat("status of " + o.get("id"), o.get("status"), equalTo(status)));
    }

    @Then("every Odoo order listed has a status among {string}")
    public void everyOrderHasAStatusAmong(String statuses) {
        List<String> allowed = Arrays.asList(statuses.split(","));
        lists.listed().forEach(o -> assertThat("status of " + o.get("id"), (String) o.get("status"), is(in(allowed))));
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

    @Then("Odoo {findsOrNot} the order among its orders dated {orderWindow}")
    public void findsInAnOdooWindow(boolean finds, OrderWindow window) {
        expectFound(OrderRoute.ODOO, finds, Map.of(), window);
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

    // ----- one order: the details (2.2), Odoo's view (8.2), and its state as listed -----

    @When("Odoo reads the order's details")
    public void readsTheDetails() {
        world.call("GET", "/admin/orders/" + orders.current().id()).send();
    }

    @When("Odoo reads the details of an order that does not exist")
    public void readsMissingDetails() {
        world.call("GET", "/admin/orders/" + orders.missingId()).send();
    }

    @When("Odoo reads the order for Odoo")
    public void readsTheOdooOrder() {
        world.call("GET", "/odoo/orders/" + orders.current().id()).send();
    }

    @When("Odoo reads an order that does not exist for Odoo")
    public void readsAMissingOdooOrder() {
        world.call("GET", "/odoo/orders/" + orders.missingId()).send();
    }

    @Then("the details name the order's customer")
    public void detailsNameTheCustomer() {
        OrderChecks.customer(answeredOrder(), orders.current());
        if (orders.current().placed()) {
            Object email = OrderChecks.object(answeredOrder(), "customer").get("email");
            assertThat("customer.email", email, equalTo(world.recall("customer_email")));
        }
    }

    @Then("every item of the details shows its variant with the SKU, product, quantity and unit price ordered")
    public void detailsShowTheItems() {
        OrderChecks.hasLines(answeredOrder(), orders.current(), true);
        OrderChecks.variantProducts(
                answeredOrder(),
                orders.current(),
                sku -> world.remembers("product_id:" + sku) ? world.recall("product_id:" + sku) : null);
    }

    @Then("every item of the details has a subtotal of unit price times quantity")
    public void detailsLineSubtotals() {
        OrderChecks.lineSubtotals(answeredOrder());
    }

    @Then("the details' subtotal is the sum of the items' subtotals")
    public void detailsSubtotal() {
        OrderChecks.subtotalIsSumOfLines(answeredOrder());
    }

    @Then("the details' total is subtotal plus shipping_total plus tax_total minus discount_total")
    public void detailsTotal() {
        OrderChecks.totalAddsUp(answeredOrder());
    }

    @Then("the details list the order's shipping methods and payments")
    public void detailsListShippingAndPayments() {
        OrderChecks.notEmpty(answeredOrder(), "shipping_methods");
        OrderChecks.notEmpty(answeredOrder(), "payments");
    }

    @Then("the details' shipping methods add up to the shipping_total")
    public void shippingMethodsAddUp() {
        OrderChecks.shippingMethodsAddUp(answeredOrder());
    }

    @Then("the details' captured payments add up to the total")
    public void paymentsAddUp() {
        OrderChecks.capturedPaymentsAddUp(answeredOrder());
    }

    @Then("the Odoo order names the order's customer and shows a billing address")
    public void odooOrderNamesCustomerAndBilling() {
        OrderChecks.customer(answeredOrder(), orders.current());
        assertThat(
                "billing_address.address_1",
                OrderChecks.object(answeredOrder(), "billing_address").get("address_1"),
                notNullValue());
    }

    @Then("every item of the Odoo order shows the SKU, quantity and unit price ordered, its barcode and its weight")
    public void odooOrderItems() {
        OrderChecks.hasLines(answeredOrder(), orders.current(), true);
        OrderChecks.barcodesAndWeights(answeredOrder(), orders.current());
    }

    @Then("the Odoo order shows its payments")
    public void odooOrderShowsPayments() {
        OrderChecks.notEmpty(answeredOrder(), "payments");
    }

    @Then("the Odoo order's fulfillment status is {string} with {int} fulfillment(s)")
    public void odooFulfillmentStatus(String status, int count) {
        assertThat("fulfillment_status", answeredOrder().get("fulfillment_status"), equalTo(status));
        hasFulfillments(count);
    }

    @Then("the answered order has status {string}")
    public void theAnsweredStatusIs(String status) {
        assertThat("order.status in the answer", answeredOrder().get("status"), equalTo(status));
    }

    @Then("the answer is the updated order")
    public void theAnswerIsTheOrder() {
        assertThat(
                "order.id", answeredOrder().get("id"), equalTo(orders.current().id()));
    }

    @Then("the order's status is {string}")
    public void theStatusIs(String status) {
        ApiResult details =
                world.call("GET", "/admin/orders/" + orders.current().id()).send();
        succeeded("reading " + orders.current().id(), details);
        assertThat("order.status", details.get("order.status"), equalTo(status));
    }

    @Then("the order's fulfillment status is {string}")
    public void theFulfillmentStatusIs(String status) {
        assertThat("fulfillment_status as listed", asListed().get("fulfillment_status"), equalTo(status));
    }

    @Then("the order's metadata marks it as synced")
    public void metadataMarksSynced() {
        assertThat("metadata.odoo_synced as listed", metadata().get("odoo_synced"), equalTo(true));
    }

    @Then("the order's metadata does not mark it as synced")
    public void metadataDoesNotMarkSynced() {
        assertThat("metadata.odoo_synced as listed", metadata().get("odoo_synced"), anyOf(nullValue(), equalTo(false)));
    }

    @Then("the order's metadata holds {string} = {string}")
    public void metadataHolds(String key, String value) {
        assertThat("metadata." + key + " as listed", metadata().get(key), equalTo(value));
    }

    @Then("the order's metadata no longer holds {string}")
    public void metadataNoLongerHolds(String key) {
        assertThat("metadata as listed", metadata(), not(hasKey(key)));
    }

    @Then("the order's metadata holds the odoo_sync_date Odoo sent")
    public void metadataHoldsTheSentSyncDate() {
        assertThat(
                "metadata.odoo_sync_date as listed", metadata().get("odoo_sync_date"), equalTo(actions.sentSyncDate()));
    }

    @Then("the order's metadata holds an odoo_sync_date")
    public void metadataHoldsASyncDate() {
        Times.notBefore(
                "metadata.odoo_sync_date as listed",
                metadata().get("odoo_sync_date"),
                orders.current().createdAt());
    }

    @Then("that order's status and metadata are unchanged")
    public void thatOrderIsUnchanged() {
        Map<String, Object> before = orders.existing();
        Map<String, Object> now = lists.asListed((String) before.get("id"), Times.createdAt(before));
        assertThat("status of " + before.get("id"), now.get("status"), equalTo(before.get("status")));
        assertThat("metadata of " + before.get("id"), now.get("metadata"), equalTo(before.get("metadata")));
    }

    private Map<String, Object> answeredOrder() {
        return OrderChecks.answered(world.last());
    }

    private Map<String, Object> asListed() {
        return lists.asListed(orders.current().id(), orders.current().createdAt());
    }

    private Map<String, Object> metadata() {
        return OrderChecks.object(asListed(), "metadata");
    }

    // ----- what Odoo does to an order: update (2.3), ship (2.4), cancel (2.5), Odoo's update (8.3) -----

    @When("Odoo marks the order as synced with Odoo order {string}")
    public void marksSynced(String odooOrderId) {
        actions.markSynced(orders.current().id(), odooOrderId);
    }

    @When("Odoo marks an order that does not exist as synced")
    public void marksAMissingOrder() {
        actions.markSynced(orders.missingId(), "SO/2026/001234");
    }

    @When("Odoo sends the order's metadata key {string} as null")
    public void sendsNull(String key) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(key, null);
        actions.update(orders.current().id(), Map.of("metadata", metadata));
    }

    @When("Odoo updates that order with nothing but the unknown field {string}")
    public void updatesWithAnUnknownField(String field) {
        world.call("POST", "/admin/orders/" + orders.existing().get("id"))
                .body(Json.write(Map.of(field, "SO/CHECK/000001")))
                .deliberatelyInvalid()
                .send();
    }

    @When("Odoo ships all of the order's items with tracking number {string} by {string}")
    public void shipsEverything(String trackingNumber, String carrier) {
        actions.ship(orders.current().id(), OrderActions.everything(orders.current()), trackingNumber, carrier);
    }

    @When("Odoo ships {int} unit(s) of the order's first item with tracking number {string} by {string}")
    public void shipsUnits(int quantity, String trackingNumber, String carrier) {
        FreshOrder order = orders.current().partlyShippable();
        actions.ship(order.id(), Map.of(order.firstLine().itemId(), quantity), trackingNumber, carrier);
    }

    @When("Odoo ships the rest of the order's items with tracking number {string} by {string}")
    public void shipsTheRest(String trackingNumber, String carrier) {
        actions.ship(orders.current().id(), actions.rest(orders.current()), trackingNumber, carrier);
    }

    @When("Odoo ships one unit more of the order's first item than was ordered")
    public void shipsMoreThanOrdered() {
        FreshOrder.Line line = orders.current().firstLine();
        actions.ship(orders.current().id(), Map.of(line.itemId(), line.quantity() + 1), "KW100000003", "DHL");
    }

    @When("Odoo ships the full quantity ordered of the order's first item")
    public void shipsTheFullQuantity() {
        FreshOrder.Line line = orders.current().firstLine();
        actions.ship(orders.current().id(), Map.of(line.itemId(), line.quantity()), "KW100000004", "DHL");
    }

    @When("Odoo ships an item the order does not have")
    public void shipsAnUnknownItem() {
        actions.ship(
                orders.current().id(), Map.of("item_DOESNOTEXIST" + world.run().runId(), 1), "KW100000009", "DHL");
    }

    @When("Odoo ships an item of an order that does not exist")
    public void shipsForAMissingOrder() {
        actions.ship(
                orders.missingId(), Map.of("item_DOESNOTEXIST" + world.run().runId(), 1), "KW100000010", "DHL");
    }

    @Then("the answered order has a fulfillment with tracking number {string} by {string}")
    public void hasATrackedFulfillment(String trackingNumber, String carrier) {
        fulfillment = OrderChecks.fulfillmentTracked(answeredOrder(), trackingNumber);
        assertThat(
                "metadata.carrier of the fulfillment",
                OrderChecks.object(fulfillment, "metadata").get("carrier"),
                equalTo(carrier));
    }

    @Then("that fulfillment ships all of the order's items")
    public void thatFulfillmentShipsEverything() {
        OrderChecks.ships(fulfillment, OrderActions.everything(orders.current()));
    }

    @Then("the answered order has {int} fulfillment(s)")
    public void hasFulfillments(int count) {
        OrderChecks.fulfillmentCount(answeredOrder(), count);
    }

    @When("Odoo cancels the order")
    public void cancels() {
        actions.cancel(orders.current().id());
    }

    @When("Odoo cancels an order that does not exist")
    public void cancelsAMissingOrder() {
        actions.cancel(orders.missingId());
    }

    @Then("the answer is the canceled order with the time it was canceled")
    public void theAnswerIsCanceled() {
        assertThat(
                "order.id", answeredOrder().get("id"), equalTo(orders.current().id()));
        assertThat("order.status", answeredOrder().get("status"), equalTo("canceled"));
        Times.notBefore(
                "order.canceled_at",
                answeredOrder().get("canceled_at"),
                orders.current().createdAt());
    }

    @When("Odoo completes the order with sales order {string}, status {string} and invoice {string}")
    public void completesAsInTheDocument(String salesOrder, String odooStatus, String invoice) {
        actions.patch(
                orders.current().id(),
                Map.of(
                        "status",
                        "completed",
                        "odoo_order_id",
                        salesOrder,
                        "odoo_status",
                        odooStatus,
                        "metadata",
                        Map.of("odoo_invoice_id", invoice)));
    }

    @When("Odoo completes the order")
    public void completes() {
        actions.patch(orders.current().id(), Map.of("status", "completed"));
    }

    @When("Odoo sets the order's status to {string}")
    public void setsTheStatus(String status) {
        world.call("PATCH", "/odoo/orders/" + orders.current().id())
                .body(Json.write(Map.of("status", status)))
                .deliberatelyInvalid()
                .send();
    }

    @When("Odoo records a sales order for an order that does not exist")
    public void recordsForAMissingOrder() {
        actions.patch(orders.missingId(), Map.of("odoo_order_id", "SO/2026/001234", "odoo_status", "synced"));
    }

    @When("Odoo records its sales order for every fresh order as the updated Python client does")
    public void recordsSalesOrders() {
        orders.all().forEach(order -> actions.recordSalesOrder(order, "synced"));
    }

    @Then("every answer is 200 with the order still {string}")
    public void everyAnswerIs200(String status) {
        assertThat("answers", actions.answers().size(), equalTo(orders.all().size()));
        for (ApiResult answer : actions.answers()) {
            succeeded("recording the sales order", answer);
            assertThat(
                    "order.status in the answer for " + answer.get("order.id"),
                    answer.get("order.status"),
                    equalTo(status));
        }
    }

    @Then("the metadata of every fresh order holds its sales order number and odoo_status {string}")
    public void everyFreshOrderHoldsItsSalesOrder(String odooStatus) {
        for (FreshOrder order : orders.all()) {
            Map<String, Object> metadata =
                    OrderChecks.object(lists.asListed(order.id(), order.createdAt()), "metadata");
            String salesOrder = actions.salesOrderOf(order.id());
            assertThat("metadata.odoo_order_id of " + order.id(), metadata.get("odoo_order_id"), equalTo(salesOrder));
            assertThat("metadata.odoo_status of " + order.id(), metadata.get("odoo_status"), equalTo(odooStatus));
            assertThat("metadata.odoo_synced of " + order.id(), metadata.get("odoo_synced"), equalTo(true));
        }
    }

    // ----- stock for the order's items (sections 3.5 and 8.8) -----

    @When("Odoo reduces the stock of each of the order's items by its quantity, with reason {string}")
    public void reducesEachLine(String reason) {
        stock.reduceEachLine(orders.current(), reason);
    }

    @When("Odoo reduces the stock of each fresh order's items in one request per order, with reason {string}")
    public void reducesPerOrder(String reason) {
        orders.all().forEach(order -> stock.reduceAllLines(order, reason));
    }

    @Then("every reduction answers the item's previous stock, the quantity reduced and its new stock")
    public void everyReductionAnswers() {
        stock.reductions().forEach(OrderStockChecks::answered);
    }

    @Then("every reduction summary counts each item as successful, none failed and none short of stock")
    public void everySummaryCounts() {
        stock.reductions().forEach(OrderStockChecks::summary);
    }

    @Then("the stock of the order's items is unchanged")
    public void stockIsUnchanged() {
        orders.current()
                .stockAtStart()
                .forEach((sku, before) -> assertThat(
                        "stocked quantity of " + sku + " (D9, D10: only reduce-stock changes it)",
                        stock.stocked(sku),
                        equalTo(before)));
    }

    @Then("the stock of every item reduced is lower by the quantity ordered")
    public void stockIsLower() {
        OrderStockChecks.stockIsLower(stock);
    }
}
