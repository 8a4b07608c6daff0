package com.marqasouq.kit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The spec's x-webhooks hold the events of section 6.1 of the API document, each with its payload schema and signature headers. */
class WebhookCatalogueTest {

    /** Section 6.1 of the document. */
    static final List<String> EVENTS = List.of(
            "order.placed",
            "order.updated",
            "order.canceled",
            "order.completed",
            "customer.created",
            "customer.updated",
            "inventory.updated");

    /** Standard Webhooks signing (D20). */
    private static final Set<String> SIGNATURE_HEADERS =
            new TreeSet<>(Set.of("webhook-id", "webhook-signature", "webhook-timestamp"));

    @Test
    void theSpecDescribesExactlyTheDocumentedEvents() {
        Set<String> inSpec = ContractSpec.MAIN.webhookEvents().stream()
                .map(WebhookEvent::name)
                .collect(Collectors.toCollection(TreeSet::new));
        long complete = EVENTS.stream().filter(WebhookCatalogueTest::isComplete).count();
        System.out.printf(
                "Contract webhooks: %d/%d webhook events with payload schema and signature headers%n",
                complete, EVENTS.size());

        assertEquals(new TreeSet<>(EVENTS), inSpec, "events of section 6.1 vs. events under x-webhooks");
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("EVENTS")
    void eventIsPostedWithANamedPayloadSchemaThatNamesTheEvent(String event) {
        Schema<?> payload = SpecLookup.api().getComponents().getSchemas().get(Webhooks.payloadSchema(event));

        Schema<?> eventField = payload.getProperties().get("event");
        assertEquals(List.of(event), eventField.getEnum(), "the payload's `event` holds the event name");
        assertTrue(
                payload.getRequired().containsAll(List.of("event", "timestamp", "data")),
                "event, timestamp and data are required (section 6.2, D20)");
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("EVENTS")
    void eventCarriesTheSignatureHeaders(String event) {
        assertEquals(SIGNATURE_HEADERS, requiredHeaders(event));
    }

    private static boolean isComplete(String event) {
        try {
            Webhooks.payloadSchema(event);
            return requiredHeaders(event).containsAll(SIGNATURE_HEADERS);
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** The required header parameters of the event's POST, references followed. */
    private static Set<String> requiredHeaders(String event) {
        return Webhooks.event(event).parameters().stream()
                .filter(p -> p.inHeader() && p.required())
                .map(Parameter::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
