package com.marqasouq.kit.contract.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.contract.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleRequestsTest {

    private static final Contract CONTRACT = Contract.marqasouqOdoo();
    private static final List<ExampleRequest> REQUESTS = ExampleRequests.of(CONTRACT);

    @Test
    void everyOperationIsARequestInTheSpecsOrderWithTheLoginFirst() {
        List<String> operations =
                CONTRACT.operations().stream().map(Operation::id).toList();
        List<String> requested = REQUESTS.stream()
                .filter(r -> !r.handle().equals("pendingOrder"))
                .map(ExampleRequest::operationId)
                .toList();

        assertEquals(operations, requested);
        assertEquals("login", REQUESTS.get(0).handle());
        assertEquals(
                List.of(new ExampleRequest.Capture("token", "/token")),
                REQUESTS.get(0).captures());
    }

    @Test
    void bodiesAreTheDocumentsExamples() throws Exception {
        ExampleRequest reduce = find("reduceStock");
        JsonNode example = CONTRACT.tree()
                .at("/paths/~1admin~1inventory~1reduce-stock/post/requestBody/content/application~1json/examples");

        assertEquals(example.elements().next().path("value"), new ObjectMapper().readTree(reduce.body()));
        assertEquals("/admin/orders/order_01ABC123", find("getOrder").path());
        assertTrue(find("listOdooOrders")
                .query()
                .contains(new ExampleRequest.QueryParameter("status", "pending,completed")));
    }

    @Test
    void theCancelCancelsThePendingOrderFoundJustBeforeIt() {
        int cancel = REQUESTS.indexOf(find("cancelOrder"));

        assertEquals("pendingOrder", REQUESTS.get(cancel - 1).handle());
        assertEquals(
                "/admin/orders/{{cancel_order_id}}/cancel", REQUESTS.get(cancel).path());
    }

    @Test
    void thePostmanCollectionIsVersionTwoPointOneWithBearerAuthAndVariables() throws Exception {
        JsonNode collection = new ObjectMapper()
                .readTree(PostmanCollection.of(CONTRACT, REQUESTS, CollectionVariables.forSandbox(CONTRACT)));

        assertEquals(PostmanCollection.SCHEMA, collection.at("/info/schema").asText());
        assertEquals("{{token}}", collection.at("/auth/bearer/0/value").asText());
        assertEquals("http://localhost:9000", collection.at("/variable/0/value").asText());
        assertEquals("noauth", collection.at("/item/0/item/0/request/auth/type").asText());
    }

    private static ExampleRequest find(String operationId) {
        return REQUESTS.stream()
                .filter(r -> r.handle().equals(operationId))
                .findFirst()
                .orElseThrow();
    }
}
