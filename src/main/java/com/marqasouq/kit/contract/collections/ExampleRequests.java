package com.marqasouq.kit.contract.collections;

import com.fasterxml.jackson.databind.JsonNode;
import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.contract.JsonText;
import com.marqasouq.kit.contract.Operation;
import com.marqasouq.kit.contract.Parameter;
import com.marqasouq.kit.contract.collections.ExampleRequest.Capture;
import com.marqasouq.kit.contract.collections.ExampleRequest.QueryParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every operation of the contract as an {@link ExampleRequest}, in the spec's order, with the
 * spec's examples: path and query parameters from their {@code example}, the body from the
 * request body's first example (the document's), the expected status from the first documented
 * 2xx response. The login's body uses the {@code email} and {@code password} variables, and its
 * token is stored in {@code token} for the others.
 *
 * <p>The examples all change the document's one order, which the requests fulfill and complete;
 * a fulfilled or completed order cannot be canceled. So the cancel cancels another order: the
 * oldest pending order not yet synced, found just before with Quick Reference 1's own query.
 */
public final class ExampleRequests {

    public static final String TOKEN = "token";
    public static final String CANCEL_ORDER_ID = "cancel_order_id";
    static final String CANCEL = "cancelOrder";

    private ExampleRequests() {}

    public static List<ExampleRequest> of(Contract contract) {
        List<ExampleRequest> requests = new ArrayList<>();
        for (Operation operation : contract.operations()) {
            ExampleRequest request = request(contract, operation);
            if (operation.id().equals(CANCEL)) {
                String orderId = text(example(
                        contract,
                        operation.parameters().stream()
                                .filter(Parameter::inPath)
                                .findFirst()
                                .orElseThrow()
                                .node()));
                requests.add(pendingOrderToCancel(request));
                request = withPath(request, request.path().replace(orderId, "{{" + CANCEL_ORDER_ID + "}}"));
            }
            requests.add(request);
        }
        return requests;
    }

    private static ExampleRequest request(Contract contract, Operation operation) {
        String path = operation.path();
        List<QueryParameter> query = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            String name = parameter.name();
            JsonNode example = example(contract, parameter.node());
            if (example == null) {
                if (parameter.inPath()) {
                    throw new IllegalStateException(operation + ": path parameter " + name + " has no example");
                }
                continue;
            }
            switch (parameter.in()) {
                case "path" -> path = path.replace("{" + name + "}", text(example));
                case "query" -> query.add(new QueryParameter(name, text(example)));
                default -> {}
            }
        }
        boolean login = !operation.isSecured() && operation.path().startsWith("/auth/");
        return new ExampleRequest(
                login ? "login" : operation.id(),
                operation.id(),
                operation.node().path("summary").asText(operation.id()),
                operation.node().path("tags").path(0).asText("Other"),
                operation.method(),
                path,
                List.copyOf(query),
                login
                        ? "{\n  \"email\": \"{{email}}\",\n  \"password\": \"{{password}}\"\n}"
                        : body(contract, operation),
                operation.isSecured(),
                successStatus(operation),
                login ? List.of(new Capture(TOKEN, "/token")) : List.of());
    }

    /** Quick Reference 1's query, one order: the oldest pending order Odoo has not synced. */
    private static ExampleRequest pendingOrderToCancel(ExampleRequest cancel) {
        return new ExampleRequest(
                "pendingOrder",
                "listOrders",
                "Find a pending order to cancel",
                cancel.folder(),
                "GET",
                "/admin/orders",
                List.of(
                        new QueryParameter("status", "pending"),
                        new QueryParameter("metadata[odoo_synced]", "false"),
                        new QueryParameter("limit", "1")),
                null,
                true,
                200,
                List.of(new Capture(CANCEL_ORDER_ID, "/orders/0/id")));
    }

    private static ExampleRequest withPath(ExampleRequest r, String path) {
        return new ExampleRequest(
                r.handle(),
                r.operationId(),
                r.name(),
                r.folder(),
                r.method(),
                path,
                r.query(),
                r.body(),
                r.secured(),
                r.expectedStatus(),
                r.captures());
    }

    /** The parameter's example, else its first named example, else its schema's. */
    private static JsonNode example(Contract contract, JsonNode parameter) {
        if (parameter.has("example")) {
            return parameter.get("example");
        }
        for (JsonNode example : parameter.path("examples")) {
            return contract.resolve(example).path("value");
        }
        JsonNode schema = contract.resolve(parameter.path("schema"));
        return schema.has("example") ? schema.get("example") : null;
    }

    /** Arrays as the form style without explode writes them: {@code pending,completed}. */
    private static String text(JsonNode example) {
        if (example.isArray()) {
            List<String> items = new ArrayList<>();
            example.forEach(item -> items.add(item.asText()));
            return String.join(",", items);
        }
        return example.asText();
    }

    private static String body(Contract contract, Operation operation) {
        JsonNode media = contract.resolve(operation.node().path("requestBody"))
                .path("content")
                .path("application/json");
        if (media.isMissingNode()) {
            return null;
        }
        if (media.has("example")) {
            return JsonText.pretty(media.get("example")).strip();
        }
        for (Map.Entry<String, JsonNode> example : media.path("examples").properties()) {
            return JsonText.pretty(contract.resolve(example.getValue()).path("value"))
                    .strip();
        }
        throw new IllegalStateException(operation + ": the request body has no example");
    }

    private static int successStatus(Operation operation) {
        for (String status : operation.responses().keySet()) {
            if (status.matches("2\\d\\d")) {
                return Integer.parseInt(status);
            }
        }
        throw new IllegalStateException(operation + " documents no 2xx response");
    }
}
