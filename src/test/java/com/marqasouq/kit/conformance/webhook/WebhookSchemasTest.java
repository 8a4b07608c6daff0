package com.marqasouq.kit.conformance.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.contract.WebhookEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The suite's webhook payload check accepts the document's example and catches payloads that break the contract. */
class WebhookSchemasTest {
    private static final String DOCUMENT_CUSTOMER_CREATED =
            "{\"event\":\"customer.created\",\"timestamp\":\"2026-01-30T10:00:00.000Z\","
                    + "\"data\":{\"id\":\"cus_01XYZ789\",\"email\":\"newcustomer@example.com\",\"first_name\":\"Ahmed\","
                    + "\"last_name\":\"Al-Rashid\",\"phone\":\"+965-12345678\"}}";

    private static final WebhookSchemas SCHEMAS = WebhookSchemas.contract();

    @Test
    void theSuiteKnowsEveryEventOfTheContractModelInItsOrder() {
        assertEquals(
                Contract.marqasouqOdoo().webhookEvents().stream()
                        .map(WebhookEvent::name)
                        .toList(),
                List.copyOf(SCHEMAS.events()));
    }

    @Test
    void theDocumentsCustomerCreatedExampleConforms() {
        assertEquals(List.of(), SCHEMAS.problems("customer.created", DOCUMENT_CUSTOMER_CREATED));
    }

    @Test
    void aFieldTheContractDoesNotNameIsAccepted() {
        assertEquals(
                List.of(),
                SCHEMAS.problems(
                        "customer.created",
                        DOCUMENT_CUSTOMER_CREATED.replace("\"phone\"", "\"company\":\"MarqaSouq\",\"phone\"")));
    }

    @Test
    void aMissingDataAWrongTypeOrAnotherEventNameIsReported() {
        assertFalse(SCHEMAS.problems(
                        "order.placed", "{\"event\":\"order.placed\",\"timestamp\":\"2026-01-30T10:30:00.000Z\"}")
                .isEmpty());
        assertFalse(SCHEMAS.problems(
                        "inventory.updated",
                        "{\"event\":\"inventory.updated\",\"timestamp\":\"2026-01-30T10:30:00.000Z\","
                                + "\"data\":{\"inventory_item_id\":\"iitem_1\",\"sku\":\"SLEEVE\",\"location_id\":\"sloc_01ABC\","
                                + "\"previous_quantity\":\"605\",\"stocked_quantity\":5,\"available_quantity\":5}}")
                .isEmpty());
        assertFalse(
                SCHEMAS.problems("customer.updated", DOCUMENT_CUSTOMER_CREATED).isEmpty());
    }

    @Test
    void anEventThatIsNotInTheContractIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> SCHEMAS.problems("order.shipped", "{}"));
    }
}
