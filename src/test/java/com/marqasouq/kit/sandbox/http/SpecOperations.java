package com.marqasouq.kit.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marqasouq.kit.contract.Contract;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every operation of both specs, with a valid request to start from: path ids and body from the spec's examples. */
final class SpecOperations {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Ids of the default data, for path parameters whose spec gives no example. */
    private static final Map<String, String> KNOWN_IDS = Map.of(
            "order_id", "order_01ABC123",
            "customer_id", "cus_01XYZ",
            "location_id", "sloc_01ABC",
            "target_id", "wht_01NOSUCHTARGET",
            "delivery_id", "whd_01NOSUCHDELIVERY");

    record SpecOperation(
            String method,
            String pathTemplate,
            Map<String, String> pathValues,
            List<Parameter> queryParameters,
            JsonNode body,
            boolean protectedRoute) {

        String path() {
            String path = pathTemplate;
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", value.getValue());
            }
            return path;
        }
    }

    private SpecOperations() {}

    static List<SpecOperation> load(Contract... specs) {
        List<SpecOperation> all = new ArrayList<>();
        for (Contract spec : specs) {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            options.setResolveFully(true);
            OpenAPI api = new OpenAPIV3Parser()
                    .readContents(spec.yaml(), null, options)
                    .getOpenAPI();
            api.getPaths()
                    .forEach((path, item) -> item.readOperationsMap()
                            .forEach((method, operation) -> all.add(of(path, method, item, operation))));
        }
        return all;
    }

    private static SpecOperation of(String path, PathItem.HttpMethod method, PathItem item, Operation operation) {
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        Map<String, String> pathValues = new LinkedHashMap<>();
        List<Parameter> query = new ArrayList<>();
        for (Parameter parameter : parameters) {
            if ("path".equals(parameter.getIn())) {
                Object example = parameter.getExample() != null
                        ? parameter.getExample()
                        : parameter.getSchema().getExample();
                pathValues.put(
                        parameter.getName(),
                        example != null ? example.toString() : KNOWN_IDS.getOrDefault(parameter.getName(), "x_1"));
            } else if ("query".equals(parameter.getIn())) {
                query.add(parameter);
            }
        }
        boolean open =
                operation.getSecurity() != null && operation.getSecurity().isEmpty();
        return new SpecOperation(
                method.name(),
                path,
                pathValues,
                query,
                body(operation),
                !open && !Set.of("/health").contains(path));
    }

    private static JsonNode body(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        MediaType media = operation.getRequestBody().getContent().get("application/json");
        if (media == null) {
            return null;
        }
        Object example = media.getExample();
        if (example == null
                && media.getExamples() != null
                && !media.getExamples().isEmpty()) {
            Example first = media.getExamples().values().iterator().next();
            example = first.getValue();
        }
        if (example == null) {
            Schema<?> schema = media.getSchema();
            example = schema == null ? null : schema.getExample();
        }
        return example == null ? JSON.createObjectNode() : JSON.valueToTree(example);
    }
}
