package com.marqasouq.kit.conformance.steps.webhooks;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.marqasouq.kit.conformance.steps.common.ResponseSteps;
import com.marqasouq.kit.conformance.webhook.ReceivedWebhook;
import com.marqasouq.kit.conformance.webhook.WebhookSchemas;
import com.marqasouq.kit.conformance.world.World;
import com.marqasouq.kit.webhook.WebhookHeaders;
import io.cucumber.java.en.Then;
import java.util.List;
import java.util.stream.StreamSupport;

/** What Odoo receives: each event arrives, is about the right record, matches its schema and is signed (section 6, D20). */
public final class WebhookSteps {
    private final World world;
    private final WebhookInbox inbox;
    private final WebhookSubjects subjects;

    public WebhookSteps(World world, WebhookInbox inbox, WebhookSubjects subjects) {
        this.world = world;
        this.inbox = inbox;
        this.subjects = subjects;
    }

    @Then("a/an {string} webhook about that order arrives")
    public void aWebhookAboutThatOrderArrives(String event) {
        String orderId = subjects.orderId();
        inbox.awaitOne(event, "order " + orderId, hook -> orderId.equals(text(hook.data(), "id")));
    }

    @Then("a/an {string} webhook about that customer arrives")
    public void aWebhookAboutThatCustomerArrives(String event) {
        String customerId = subjects.customerId();
        inbox.awaitOne(event, "customer " + customerId, hook -> customerId.equals(text(hook.data(), "id")));
    }

    @Then("a/an {string} webhook reports the {word} product's stock going from {int} to {int}, with {int} available")
    public void aWebhookReportsTheStockChange(String event, String which, int from, int to, int available) {
        String sku = subjects.sku(which);
        ReceivedWebhook hook = inbox.awaitOne(
                event,
                "SKU " + sku + " set to " + to,
                h -> sku.equals(text(h.data(), "sku"))
                        && h.data().path("stocked_quantity").asInt(-1) == to);
        assertThat(
                "previous_quantity of the " + event + " webhook for " + sku,
                hook.data().path("previous_quantity").asInt(-1),
                equalTo(from));
        assertThat(
                "available_quantity of the " + event + " webhook for " + sku,
                hook.data().path("available_quantity").asInt(-1),
                equalTo(available));
    }

    @Then("the webhook's order is the shopper's, with {int} of that product at {long} fils each")
    public void theWebhooksOrderIsTheShoppers(int quantity, long unitPrice) {
        JsonNode data = inbox.last().data();
        String sku = subjects.sku("first");
        assertThat("e-mail of the order in the webhook", text(data, "email"), equalToIgnoringCase(subjects.email()));
        List<JsonNode> lines = StreamSupport.stream(data.path("items").spliterator(), false)
                .filter(item -> sku.equals(text(item, "sku")))
                .toList();
        assertThat("items of SKU " + sku + " in the webhook's order " + data.path("items"), lines, hasSize(1));
        assertThat("quantity of " + sku, lines.get(0).path("quantity").asInt(-1), equalTo(quantity));
        assertThat("unit_price of " + sku, lines.get(0).path("unit_price").asLong(-1), equalTo(unitPrice));
    }

    @Then("the webhook's customer has that e-mail and the name {word} {word}")
    public void theWebhooksCustomerHasThatEmailAndName(String firstName, String lastName) {
        theWebhooksCustomerHasThatEmail();
        JsonNode data = inbox.last().data();
        assertThat("first_name of the webhook's customer", text(data, "first_name"), equalTo(firstName));
        assertThat("last_name of the webhook's customer", text(data, "last_name"), equalTo(lastName));
    }

    @Then("the webhook's customer has that e-mail")
    public void theWebhooksCustomerHasThatEmail() {
        assertThat(
                "email of the webhook's customer",
                text(inbox.last().data(), "email"),
                equalToIgnoringCase(subjects.email()));
    }

    @Then("the webhook(s) match(es) its/their payload in the contract")
    public void theWebhooksMatchTheirPayload() {
        assertThat("webhooks received in this scenario", inbox.awaited(), not(empty()));
        for (ReceivedWebhook hook : inbox.awaited()) {
            List<String> problems = WebhookSchemas.contract().problems(hook.event(), hook.body());
            if (!problems.isEmpty()) {
                throw new AssertionError("The " + hook.event()
                        + " webhook does not match its payload in x-webhooks of the contract: "
                        + String.join("; ", problems) + " (body: " + ResponseSteps.abbreviate(hook.body()) + ")");
            }
        }
    }

    @Then("the webhook(s) carry/carries a valid signature")
    public void theWebhooksCarryAValidSignature() {
        assertThat("webhooks received in this scenario", inbox.awaited(), not(empty()));
        inbox.awaited().forEach(world.run().webhooks()::assertSigned);
    }

    @Then("the webhook's envelope id, when it has one, equals its webhook-id header")
    public void theEnvelopeIdEqualsTheWebhookIdHeader() {
        ReceivedWebhook hook = inbox.last();
        if (hook.json().hasNonNull("id")) {
            assertThat(
                    "the envelope id of the " + hook.event() + " webhook",
                    hook.json().get("id").asText(),
                    equalTo(hook.header(WebhookHeaders.ID)));
        }
    }

    @Then("no {string} webhook about that order arrives before a later event does")
    public void noWebhookAboutThatOrderArrives(String event) {
        String orderId = subjects.orderId();
        inbox.awaitALaterEvent();
        assertThat(
                event + " webhooks about order " + orderId,
                bodies(inbox.distinct(event, hook -> orderId.equals(text(hook.data(), "id")))),
                empty());
    }

    @Then("no other {string} webhook for that e-mail arrives before a later event does")
    public void noOtherWebhookForThatEmailArrives(String event) {
        String email = subjects.email();
        inbox.awaitALaterEvent();
        assertThat(
                event + " webhooks for " + email + " (only the first creation may send one)",
                bodies(inbox.distinct(event, hook -> email.equalsIgnoreCase(text(hook.data(), "email")))),
                hasSize(1));
    }

    private static List<String> bodies(List<ReceivedWebhook> hooks) {
        return hooks.stream().map(hook -> ResponseSteps.abbreviate(hook.body())).toList();
    }

    static String text(JsonNode node, String field) {
        return node != null && node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
