package com.marqasouq.kit.sandbox.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema check the acceptance tests rely on does catch a payload that breaks the contract. */
class WebhookSchemasTest {
    private static final String DOCUMENT_CUSTOMER_CREATED =
            "{\"event\":\"customer.created\",\"timestamp\":\"2026-01-30T10:00:00.000Z\","
                    + "\"data\":{\"id\":\"cus_01XYZ789\",\"email\":\"newcustomer@example.com\",\"first_name\":\"Ahmed\","
                    + "\"last_name\":\"Al-Rashid\",\"phone\":\"+965-12345678\"}}";

    @Test
    void theDocumentsCustomerCreatedExampleConforms() {
        assertEquals(List.of(), WebhookSchemas.problems("customer.created", DOCUMENT_CUSTOMER_CREATED));
    }

    @Test
    void aPayloadWithoutDataOrWithAWrongTypeIsReported() {
        assertFalse(WebhookSchemas.problems(
                        "order.placed", "{\"event\":\"order.placed\",\"timestamp\":\"2026-01-30T10:30:00.000Z\"}")
                .isEmpty());
        assertFalse(WebhookSchemas.problems(
                        "inventory.updated",
                        "{\"event\":\"inventory.updated\",\"timestamp\":\"2026-01-30T10:30:00.000Z\","
                                + "\"data\":{\"inventory_item_id\":\"iitem_1\",\"sku\":\"SLEEVE\",\"location_id\":\"sloc_01ABC\","
                                + "\"previous_quantity\":\"605\",\"stocked_quantity\":5,\"available_quantity\":5}}")
                .isEmpty());
        assertFalse(WebhookSchemas.problems(
                        "customer.created", DOCUMENT_CUSTOMER_CREATED.replace("customer.created", "customer.updated"))
                .isEmpty());
    }

    @Test
    void anEventThatIsNotInTheContractIsAnError() {
        assertThrows(AssertionError.class, () -> WebhookSchemas.schemaOf("order.shipped"));
    }
}
