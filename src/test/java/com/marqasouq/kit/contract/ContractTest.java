package com.marqasouq.kit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContractTest {

    private static final String TINY = """
            openapi: 3.0.3
            info: {title: Tiny, version: 1.0.0}
            paths:
              /things:
                get:
                  operationId: listThings
                  responses: {'200': {description: ok}}
              /things/{thing_id}:
                parameters:
                  - {name: thing_id, in: path, required: true, schema: {type: string}}
                post:
                  operationId: updateThing
                  x-document-section: "9.2"
                  parameters:
                    - $ref: '#/components/parameters/DryRun'
                  requestBody:
                    content: {application/json: {schema: {type: object}}}
                  responses:
                    '200': {description: ok}
                    '404': {description: unknown}
                    default: {description: error}
            components:
              parameters:
                DryRun: {name: dry_run, in: query, schema: {type: boolean}}
                WebhookId: {name: webhook-id, in: header, required: true, schema: {type: string}}
              schemas:
                ThingMoved: {type: object}
            x-webhooks:
              thing.moved:
                post:
                  operationId: thingMovedWebhook
                  parameters:
                    - $ref: '#/components/parameters/WebhookId'
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/ThingMoved'}
                  responses: {'200': {description: ok}}
            """;

    private final Contract contract = Contract.marqasouqOdoo();

    @Test
    void loadsTheMarqasouqContractFromTheClasspathAsWritten() {
        assertTrue(contract.yaml().startsWith("openapi: 3.0.3"));
        assertEquals("MarqaSouq Odoo Integration API", contract.title());
        assertTrue(contract.version().matches("\\d+\\.\\d+\\.\\d+"), contract.version());
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
    void listsTheOperationsUnderPathsWithTheirSectionsParametersAndStatusesButNotTheWebhooks() {
        Contract tiny = Contract.parse("tiny.yaml", TINY);

        assertEquals(
                List.of("GET /things (listThings)", "POST /things/{thing_id} (updateThing)"),
                tiny.operations().stream().map(Operation::toString).toList());
        Operation update = tiny.operation("updateThing").orElseThrow();
        assertEquals("9.2", update.documentSection());
        assertEquals(List.of("200", "404", "default"), update.statuses());
        assertTrue(update.hasRequestBody());
        assertEquals(
                List.of("path:thing_id:true", "query:dry_run:false"),
                update.parameters().stream()
                        .map(p -> p.in() + ":" + p.name() + ":" + p.required())
                        .toList());
        assertNull(tiny.operation("listThings").orElseThrow().documentSection());
        assertTrue(tiny.operation("thingMovedWebhook").isEmpty(), "a webhook is not an operation");
    }

    @Test
    void listsTheWebhookEventsWithTheirPayloadSchemasAndHeaders() {
        Contract tiny = Contract.parse("tiny.yaml", TINY);

        assertEquals(
                List.of("thing.moved"),
                tiny.webhookEvents().stream().map(WebhookEvent::name).toList());
        WebhookEvent moved = tiny.webhookEvent("thing.moved").orElseThrow();
        assertEquals("thingMovedWebhook", moved.operationId());
        assertEquals("ThingMoved", moved.payloadSchema());
        assertEquals(
                List.of("webhook-id"),
                moved.parameters().stream().map(Parameter::name).toList());
        assertTrue(Contract.sandboxControl().webhookEvents().isEmpty());
    }

    @Test
    void theContractsOperationsAndEventsComeFromItsPathsAndXWebhooks() {
        int operations = 0;
        for (JsonNode item : contract.tree().path("paths")) {
            operations += (int) item.properties().stream()
                    .filter(e -> !e.getKey().equals("parameters"))
                    .count();
        }
        assertEquals(operations, contract.operations().size());
        assertEquals(
                contract.tree().path("x-webhooks").size(),
                contract.webhookEvents().size());
        assertTrue(contract.operations().stream().allMatch(op -> op.documentSection() != null));
    }

    @Test
    void textThatIsNeitherYamlNorJsonIsReportedByName() {
        var error = assertThrows(UncheckedIOException.class, () -> Contract.parse("broken.yaml", "a: [1, 2"));
        assertTrue(error.getMessage().contains("broken.yaml"), error.getMessage());
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
        Parameter orderId = getOrder.parameters().get(0);
        assertEquals("order_id", orderId.name());
        assertTrue(orderId.inPath() && orderId.required(), orderId.toString());
        assertEquals(
                "^order_[A-Za-z0-9_]+$",
                contract.resolve(orderId.node().path("schema")).path("pattern").asText());
        assertEquals("2.2", getOrder.documentSection());
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
