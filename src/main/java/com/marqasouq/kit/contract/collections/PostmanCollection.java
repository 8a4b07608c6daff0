package com.marqasouq.kit.contract.collections;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.contract.JsonText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests as a Postman collection (format v2.1): one folder per tag, in the spec's order;
 * the collection's bearer auth uses {@code {{token}}}, which the login request's test script
 * stores; {@code baseUrl}, {@code email} and {@code password} are collection variables. Each
 * request's test checks its documented status, so a collection run reports every deviation.
 */
public final class PostmanCollection {

    public static final String SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

    private PostmanCollection() {}

    public static String of(Contract contract, List<ExampleRequest> requests, CollectionVariables variables) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode info = root.putObject("info");
        info.put("name", contract.title() + " " + contract.version());
        info.put("description", CollectionVariables.INTRO);
        info.put("schema", SCHEMA);
        ObjectNode auth = root.putObject("auth").put("type", "bearer");
        auth.putArray("bearer")
                .addObject()
                .put("key", "token")
                .put("value", "{{token}}")
                .put("type", "string");
        ArrayNode variableList = root.putArray("variable");
        variables
                .all()
                .forEach((key, value) -> variableList
                        .addObject()
                        .put("key", key)
                        .put("value", value)
                        .put("type", "string"));
        Map<String, ArrayNode> folders = new LinkedHashMap<>();
        ArrayNode items = root.putArray("item");
        for (ExampleRequest request : requests) {
            ArrayNode folder = folders.computeIfAbsent(request.folder(), name -> {
                ObjectNode node = items.addObject().put("name", name);
                return node.putArray("item");
            });
            folder.add(item(request));
        }
        return JsonText.pretty(root);
    }

    private static ObjectNode item(ExampleRequest request) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        item.put("name", request.name());
        ObjectNode http = item.putObject("request");
        http.put("method", request.method());
        http.put("description", request.operationId() + ": expects " + request.expectedStatus() + ".");
        ArrayNode headers = http.putArray("header");
        if (!request.secured()) {
            http.putObject("auth").put("type", "noauth");
        }
        if (request.body() != null) {
            headers.addObject().put("key", "Content-Type").put("value", "application/json");
            ObjectNode body = http.putObject("body").put("mode", "raw").put("raw", request.body());
            body.putObject("options").putObject("raw").put("language", "json");
        }
        ObjectNode url = http.putObject("url");
        url.put("raw", "{{baseUrl}}" + request.path() + HttpFile.queryString(request, false));
        url.putArray("host").add("{{baseUrl}}");
        ArrayNode path = url.putArray("path");
        for (String segment : request.path().substring(1).split("/")) {
            path.add(segment);
        }
        if (!request.query().isEmpty()) {
            ArrayNode query = url.putArray("query");
            request.query().forEach(q -> query.addObject().put("key", q.name()).put("value", q.value()));
        }
        ArrayNode exec = item.putArray("event")
                .addObject()
                .put("listen", "test")
                .putObject("script")
                .put("type", "text/javascript")
                .putArray("exec");
        exec.add("pm.test(\"answers " + request.expectedStatus() + "\", function () { pm.response.to.have.status("
                + request.expectedStatus() + "); });");
        for (ExampleRequest.Capture capture : request.captures()) {
            exec.add("pm.collectionVariables.set(\"" + capture.variable() + "\", pm.response.json()"
                    + capture.jsonPath().substring(1) + ");");
        }
        return item;
    }
}
