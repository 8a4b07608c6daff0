package com.marqasouq.kit.contract.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One comparison of release 1.0.0 with a copy holding five deliberate changes (openapi-diff on the
 * whole contract takes a second or two), each checked for its verdict on both sides.
 */
class SpecDiffTest {

    private static SpecComparison comparison;

    @BeforeAll
    static void compareTheReleaseWithFiveChanges() {
        ObjectNode changed = SpecFixtures.withoutOdooOrderEmail(SpecFixtures.release100());
        // A client that does not send the new required field is refused.
        ObjectNode update = (ObjectNode) changed.at("/components/schemas/OdooOrderUpdateRequest");
        ((ObjectNode) update.get("properties")).putObject("warehouse").put("type", "string");
        update.withArray("required").add("warehouse");
        // An implementation that still answers "archived" no longer conforms.
        ArrayNode statuses = (ArrayNode) changed.at("/components/schemas/OrderStatus/enum");
        statuses.remove(statuses.size() - 1);
        // A new operation: implementations lack it, clients do not care.
        ObjectNode health =
                ((ObjectNode) changed.get("paths")).putObject("/odoo/health").putObject("get");
        health.put("operationId", "odooHealth");
        health.putObject("responses").putObject("204").put("description", "Up");
        // Odoo's webhook receiver reads a required field that is gone.
        ObjectNode customer = (ObjectNode) changed.at("/components/schemas/CustomerWebhookData");
        ((ObjectNode) customer.get("properties")).remove("email");
        ((ArrayNode) customer.get("required")).removeAll();
        customer.withArray("required").add("id");

        comparison = SpecDiff.compare(SpecFixtures.release100(), changed);
    }

    @Test
    void aRequiredFieldRemovedFromTheOdooOrdersListBreaksClientsButNotImplementations() {
        SpecChange removed = only("GET /odoo/orders", "response 200 application/json: orders[].email");

        assertEquals("listOdooOrders", removed.operationId());
        assertEquals("property removed", removed.what());
        assertTrue(removed.breaksClients());
        assertFalse(removed.breaksImplementations(), "an implementation may still send it");
    }

    @Test
    void aNewRequiredRequestFieldBreaksClients() {
        SpecChange required =
                only("PATCH /odoo/orders/{order_id}", "request body application/json", "required properties changed");

        assertTrue(required.breaksClients());
        assertEquals("updateOdooOrder", required.operationId());
    }

    @Test
    void aNarrowedResponseEnumBreaksImplementationsOnly() {
        SpecChange narrowed =
                only("GET /admin/orders", "response 200 application/json: orders[].status", "enum values changed");

        assertFalse(narrowed.breaksClients());
        assertTrue(narrowed.breaksImplementations());
    }

    @Test
    void aNewOperationBreaksImplementationsOnly() {
        SpecChange added = only("GET /odoo/health", "", "operation added");

        assertFalse(added.breaksClients());
        assertTrue(added.breaksImplementations());
        assertEquals("odooHealth", added.operationId());
    }

    @Test
    void aRemovedRequiredWebhookFieldBreaksTheReceivingClient() {
        SpecChange removed = only("webhook customer.created", "response 200 application/json: data.email");

        assertEquals("customer.created", removed.webhook());
        assertEquals("customerCreatedWebhook", removed.operationId());
        assertTrue(removed.breaksClients());
    }

    @Test
    void theVerdictsAddUpAndOpenapiDiffsOwnReportIsKept() {
        assertTrue(comparison.breaksClients());
        assertTrue(comparison.breaksImplementations());
        assertTrue(comparison.details().contains("/odoo/orders"), comparison.details());
        assertEquals("1.0.0", comparison.oldVersion());
    }

    private static SpecChange only(String operation, String location, String... what) {
        List<SpecChange> found = comparison.changes().stream()
                .filter(c -> c.operation().equals(operation) && c.location().equals(location))
                .filter(c -> what.length == 0 || c.what().equals(what[0]))
                .toList();
        assertEquals(1, found.size(), () -> operation + " " + location + " among " + comparison.changes());
        return found.get(0);
    }
}
