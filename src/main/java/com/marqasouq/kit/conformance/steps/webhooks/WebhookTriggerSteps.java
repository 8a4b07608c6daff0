package com.marqasouq.kit.conformance.steps.webhooks;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.marqasouq.kit.conformance.http.ApiClient;
import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.steps.common.Answers;
import com.marqasouq.kit.conformance.steps.common.Json;
import com.marqasouq.kit.conformance.steps.common.ResponseSteps;
import com.marqasouq.kit.conformance.world.CreatedCustomers;
import com.marqasouq.kit.conformance.world.Preparation;
import com.marqasouq.kit.conformance.world.RunContext;
import com.marqasouq.kit.conformance.world.TestData;
import com.marqasouq.kit.conformance.world.World;
import io.cucumber.java.AfterAll;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The changes that make the shop send each webhook event, on records the scenario made (D20). */
public final class WebhookTriggerSteps {
    private final World world;
    private final TestData data;
    private final WebhookSubjects subjects;
    private final CreatedCustomers customers;

    public WebhookTriggerSteps(World world, TestData data, WebhookSubjects subjects, CreatedCustomers customers) {
        this.world = world;
        this.data = data;
        this.subjects = subjects;
        this.customers = customers;
    }

    @Given("the shop sends its webhooks to the conformance receiver")
    public void theShopSendsItsWebhooksToTheReceiver() {
        world.run().webhooks().receiver();
        world.run().webhooks().registerOnce(body -> {
            ApiResult added = Preparation.require(
                    world.call("POST", "/_sandbox/webhooks").body(body).send(),
                    201,
                    "registering the receiver through the sandbox controls");
            return added.get("id");
        });
    }

    /** The sandbox outlives the run: it should not go on sending to a receiver that has stopped. */
    @AfterAll
    public static void removeTheReceiverFromTheSandbox() {
        RunContext run = RunContext.current();
        run.webhooks()
                .unregister(id -> new ApiClient(run, result -> {})
                        .call("DELETE", "/_sandbox/webhooks/" + id)
                        .send());
    }

    @Given("a shopper and a product priced {long} fils with {int} in stock, made for the webhook check")
    public void aShopperAndAProduct(long priceFils, int stock) {
        subjects.skus(data.product("WH", stock, priceFils));
        aCustomerMadeForTheWebhookCheck();
    }

    @When("the shopper places an order for {int} of that product at the sandbox checkout")
    public void theShopperPlacesAnOrder(int quantity) {
        subjects.order(data.freshOrder(subjects.customerId(), subjects.sku("first"), quantity));
    }

    /** On the sandbox a new order of new records; elsewhere the next --order-id. */
    @Given("an order made for the webhook check")
    public void anOrderMadeForTheWebhookCheck() {
        if (world.run().sandboxControls()) {
            aShopperAndAProduct(2500, 10);
            theShopperPlacesAnOrder(1);
        } else {
            subjects.order(data.operatorOrder());
        }
    }

    @When("Odoo records its sales order {string} on the webhook check's order")
    public void odooRecordsItsSalesOrder(String odooOrderId) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("odoo_synced", true);
        metadata.put("odoo_order_id", odooOrderId);
        metadata.put("odoo_sync_date", Instant.now().toString());
        expectOk(world.call("POST", "/admin/orders/" + orderId())
                .body(Json.write(Map.of("metadata", metadata)))
                .send());
    }

    @When("Odoo cancels the webhook check's order")
    public void odooCancelsTheOrder() {
        expectOk(world.call("POST", "/admin/orders/" + orderId() + "/cancel").send());
    }

    @When("Odoo completes the webhook check's order")
    public void odooCompletesTheOrder() {
        odooCompletesTheOrderAsInvoiced("SO/2026/CT0003");
    }

    @When("Odoo completes the webhook check's order as invoiced sales order {string}")
    public void odooCompletesTheOrderAsInvoiced(String odooOrderId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "completed");
        body.put("odoo_order_id", odooOrderId);
        body.put("odoo_status", "invoiced");
        expectOk(world.call("PATCH", "/odoo/orders/" + orderId())
                .body(Json.write(body))
                .send());
    }

    @Given("a customer made for the webhook check")
    public void aCustomerMadeForTheWebhookCheck() {
        odooCreatesTheCustomer("Ahmed", "Al-Rashid");
    }

    @When("Odoo creates the customer {word} {word} with a new e-mail")
    public void odooCreatesTheCustomer(String firstName, String lastName) {
        String customerId = data.customer(firstName, lastName);
        subjects.customer(customerId, customers.email(customerId));
    }

    @When("Odoo links the webhook check's customer to its partner {string}")
    public void odooLinksTheCustomerToItsPartner(String partnerId) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("odoo_customer_id", partnerId);
        metadata.put("odoo_synced", true);
        metadata.put("odoo_sync_date", Instant.now().toString());
        expectOk(world.call("POST", "/admin/customers/" + subjects.customerId())
                .body(Json.write(Map.of("metadata", metadata)))
                .send());
    }

    @When("Odoo tries to create a second customer with the webhook check customer's e-mail")
    public void odooTriesToCreateASecondCustomer() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", subjects.email());
        body.put("first_name", "Second");
        body.put("last_name", "Customer");
        world.call("POST", "/admin/customers").body(Json.write(body)).send();
    }

    @Given("two products made for the webhook check, with {int} and {int} in stock")
    public void twoProductsMadeForTheWebhookCheck(int firstStock, int secondStock) {
        subjects.skus(data.product("WH", firstStock, 1000), data.product("WH", secondStock, 1000));
    }

    @When("Odoo sets their stock to {int} and {int} in one batch update")
    public void odooSetsTheirStockInOneBatch(int first, int second) {
        List<Map<String, Object>> updates = List.of(
                Map.of("sku", subjects.sku("first"), "stocked_quantity", first),
                Map.of("sku", subjects.sku("second"), "stocked_quantity", second));
        expectOk(world.call("POST", "/admin/inventory/batch-update")
                .body(Json.write(Map.of("updates", updates)))
                .send());
        assertThat(
                "updated count of the batch "
                        + ResponseSteps.abbreviate(world.last().body()),
                world.last().get("updated"),
                equalTo(2));
    }

    private String orderId() {
        return subjects.orderId();
    }

    private static void expectOk(ApiResult result) {
        Answers.status(result, 200);
    }
}
