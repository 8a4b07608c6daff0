package com.marqasouq.kit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContractTest {

    private final Contract contract = Contract.marqasouqOdoo();

    @Test
    void loadsTheMarqasouqContractFromTheClasspathAsWritten() {
        assertTrue(contract.yaml().startsWith("openapi: 3.0.3"));
        assertEquals("MarqaSouq Odoo Integration API", contract.title());
        assertEquals("2.0.0", contract.version());
        assertEquals("openapi/marqasouq-odoo.yaml", contract.resource());
    }

    @Test
    void loadsTheSandboxControlContract() {
        Contract control = Contract.sandboxControl();
        assertEquals("MarqaSouq sandbox controls", control.title());
        assertTrue(control.tree().path("paths").has("/health"));
    }

    @Test
    void jsonHasTheSameContentAsTheYaml() throws Exception {
        assertEquals(contract.tree(), new ObjectMapper().readTree(contract.json()));
    }

    @Test
    void listsThe24OperationsUnderPathsButNotTheWebhooks() {
        List<Operation> operations = contract.operations();
        assertEquals(24, operations.size());
        assertEquals("createAdminToken", operations.get(0).id());
        assertFalse(operations.stream().anyMatch(operation -> operation.id().endsWith("Webhook")));
    }

    @Test
    void onlyTheLoginIsOpenToRequestsWithoutToken() {
        List<String> open = contract.operations().stream()
                .filter(operation -> !operation.isSecured())
                .map(Operation::id)
                .toList();
        assertEquals(List.of("createAdminToken"), open);
    }

    @Test
    void operationsResolveTheirParametersAndResponses() {
        Operation getOrder = contract.operations().stream()
                .filter(operation -> operation.id().equals("getOrder"))
                .findFirst()
                .orElseThrow();
        assertEquals("GET", getOrder.method());
        assertEquals("/admin/orders/{order_id}", getOrder.path());
        JsonNode orderId = getOrder.parameters().get(0);
        assertEquals("order_id", orderId.path("name").asText());
        assertEquals(
                "^order_[A-Za-z0-9_]+$",
                contract.resolve(orderId.path("schema")).path("pattern").asText());
        Map<String, JsonNode> responses = getOrder.responses();
        assertEquals(List.of("200", "401", "404", "default"), List.copyOf(responses.keySet()));
        assertTrue(responses.get("404").path("content").has("application/json"));
    }

    @Test
    void aMissingResourceIsReportedByName() {
        IllegalStateException error =
                assertThrows(IllegalStateException.class, () -> Contract.load("openapi/nope.yaml"));
        assertTrue(error.getMessage().contains("openapi/nope.yaml"));
    }

    @Test
    void knowsTheKitVersionFromTheBuild() {
        assertTrue(Contract.kitVersion().matches("\\d+\\.\\d+\\.\\d+.*"), Contract.kitVersion());
    }
}
