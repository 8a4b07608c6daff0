package com.marqasouq.kit.sandbox.webhook;

import static com.marqasouq.kit.sandbox.webhook.ControlApi.anonymousControls;
import static com.marqasouq.kit.sandbox.webhook.ControlApi.badControls;
import static com.marqasouq.kit.sandbox.webhook.ControlApi.controls;
import static com.marqasouq.kit.sandbox.webhook.Hooks.register;
import static com.marqasouq.kit.sandbox.webhook.Hooks.target;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.contract.WebhookEvent;
import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The webhook targets controls of sandbox-control.yaml (D21). */
@ExtendWith(RunningSandbox.class)
class WebhookTargetsAcceptanceTest {
    private static final List<String> ALL_EVENTS = Contract.marqasouqOdoo().webhookEvents().stream()
            .map(WebhookEvent::name)
            .toList();

    @RegisterExtension
    static final Receiver receiver = new Receiver();

    @Test
    void aRegisteredTargetIsListedForAllEventsWithoutItsSecret() {
        String url = receiver.url("/hooks");
        controls()
                .body(Map.of("url", url))
                .post("/_sandbox/webhooks")
                .then()
                .statusCode(201)
                .body("id", matchesPattern("^wht_[0-9A-Z]{26}$"))
                .body("url", equalTo(url))
                .body("events", equalTo(ALL_EVENTS))
                .body("$", not(hasKey("secret")));

        controls()
                .get("/_sandbox/webhooks")
                .then()
                .statusCode(200)
                .body("targets.url", equalTo(List.of(url)))
                .body("targets[0]", not(hasKey("secret")));
    }

    @Test
    void aTargetLimitedToSomeEventsListsOnlyThose() {
        register(target(receiver.url("/hooks"), null, List.of("inventory.updated", "order.placed")));

        controls()
                .get("/_sandbox/webhooks")
                .then()
                .statusCode(200)
                .body("targets[0].events", equalTo(List.of("order.placed", "inventory.updated")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://127.0.0.1/hooks", "hooks", "mailto:odoo@example.com", "http:///nohost"})
    void aUrlThatIsNotAnHttpUrlIsRefusedAndNothingIsRegistered(String url) {
        badControls()
                .body(Map.of("url", url))
                .post("/_sandbox/webhooks")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString("url"));

        controls().get("/_sandbox/webhooks").then().statusCode(200).body("targets", empty());
    }

    @Test
    void aSecretThatIsNotWhsecBase64IsRefusedAndNothingIsRegistered() {
        for (String secret : List.of("whsec_a", "not-a-secret")) {
            badControls()
                    .body(target(receiver.url("/hooks"), secret, null))
                    .post("/_sandbox/webhooks")
                    .then()
                    .statusCode(400)
                    .body("type", equalTo("invalid_data"))
                    .body("message", containsString("secret"));
        }
        controls().get("/_sandbox/webhooks").then().statusCode(200).body("targets", empty());
    }

    @Test
    void anUnknownEventNameIsRefused() {
        badControls()
                .body(target(receiver.url("/hooks"), null, List.of("order.shipped")))
                .post("/_sandbox/webhooks")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString("events"));
        controls().get("/_sandbox/webhooks").then().statusCode(200).body("targets", empty());
    }

    @Test
    void aRemovedTargetIsNoLongerListedAndRemovingItAgainIsNotFound() {
        String kept = register(receiver.url("/kept"));
        String removed = register(receiver.url("/removed"));

        controls().delete("/_sandbox/webhooks/" + removed).then().statusCode(204);

        controls().get("/_sandbox/webhooks").then().statusCode(200).body("targets.id", equalTo(List.of(kept)));
        controls()
                .delete("/_sandbox/webhooks/" + removed)
                .then()
                .statusCode(404)
                .body("type", equalTo("not_found"))
                .body("message", containsString(removed));
    }

    @Test
    void deliveriesCanBeFilteredByEventAndStatusAndLimited() {
        register(receiver.answering("/hooks", 200));
        Hooks.setStock(1);
        Hooks.emitCustomer("customer.created");
        Hooks.setStock(2);
        Eventually.holds(() -> assertEquals(
                3,
                Hooks.deliveriesJson("?status=delivered").getList("deliveries").size()));

        assertEquals(
                List.of(2, 1),
                Hooks.deliveriesJson("?event=inventory.updated").getList("deliveries.payload.data.stocked_quantity"));
        assertEquals(1, Hooks.deliveriesJson("?limit=1").getList("deliveries").size());
        assertEquals(
                List.of("inventory.updated"), Hooks.deliveriesJson("?limit=1").getList("deliveries.event"));
        assertEquals(
                0, Hooks.deliveriesJson("?status=failed").getList("deliveries").size());
    }

    @Test
    void badDeliveryFiltersAreInvalidData() {
        badControls()
                .get("/_sandbox/webhook-deliveries?event=order.shipped")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString("event"));
        badControls()
                .get("/_sandbox/webhook-deliveries?status=lost")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString("status"));
        badControls()
                .get("/_sandbox/webhook-deliveries?limit=0")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString("limit"));
    }

    @Test
    void redeliveringAnUnknownDeliveryIsNotFound() {
        controls()
                .post("/_sandbox/webhook-deliveries/whd_01UNKNOWN/redeliver")
                .then()
                .statusCode(404)
                .body("type", equalTo("not_found"));
    }

    @Test
    void aDeliveryToARemovedTargetCannotBeRedelivered() {
        String target = register(receiver.answering("/hooks", 200));
        Hooks.setStock(3);
        Eventually.holds(() ->
                assertEquals(List.of("delivered"), Hooks.deliveriesJson("").getList("deliveries.status")));
        String delivery = Hooks.deliveriesJson("").getString("deliveries[0].id");
        controls().delete("/_sandbox/webhooks/" + target).then().statusCode(204);

        controls()
                .post("/_sandbox/webhook-deliveries/" + delivery + "/redeliver")
                .then()
                .statusCode(404)
                .body("type", equalTo("not_found"))
                .body("message", containsString(target));
        assertEquals(1, Hooks.deliveries().size());
    }

    @Test
    void theControlsNeedTheAdminToken() {
        anonymousControls().get("/_sandbox/webhooks").then().statusCode(401).body("type", equalTo("unauthorized"));
        anonymousControls()
                .body(Map.of("url", receiver.url("/hooks")))
                .post("/_sandbox/webhooks")
                .then()
                .statusCode(401);
        controls().get("/_sandbox/webhooks").then().statusCode(200).body("targets", empty());
    }
}
