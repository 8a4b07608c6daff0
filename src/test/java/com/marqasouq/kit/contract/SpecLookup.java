package com.marqasouq.kit.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds operations in the parsed spec and follows its component references. */
final class SpecLookup {

    static final String SCHEMAS = "#/components/schemas/";

    private SpecLookup() {}

    static OpenAPI api() {
        return ContractSpec.main();
    }

    static Optional<Operation> operation(String method, String path) {
        PathItem item = api().getPaths().get(path);
        return Optional.ofNullable(item).map(i -> i.readOperationsMap().get(PathItem.HttpMethod.valueOf(method)));
    }

    /** The spec's path template that a concrete path such as {@code /admin/orders/order_01ABC123} fills in. */
    static Optional<String> template(String concretePath) {
        return api().getPaths().keySet().stream()
                .filter(template -> concretePath.matches(template.replaceAll("\\{[^}]+}", "[^/]+")))
                .findFirst();
    }

    /** Path-level and operation-level parameters, references followed. */
    static List<Parameter> parameters(String path, Operation operation) {
        List<Parameter> all = new ArrayList<>();
        Optional.ofNullable(api().getPaths().get(path).getParameters()).ifPresent(all::addAll);
        Optional.ofNullable(operation.getParameters()).ifPresent(all::addAll);
        return all.stream().map(SpecLookup::resolve).toList();
    }

    static Parameter resolve(Parameter parameter) {
        return parameter.get$ref() == null
                ? parameter
                : api().getComponents().getParameters().get(name(parameter.get$ref()));
    }

    static ApiResponse resolve(ApiResponse response) {
        return response.get$ref() == null
                ? response
                : api().getComponents().getResponses().get(name(response.get$ref()));
    }

    static RequestBody resolve(RequestBody body) {
        return body.get$ref() == null
                ? body
                : api().getComponents().getRequestBodies().get(name(body.get$ref()));
    }

    /** The security that applies: the operation's own, else the document-wide one. */
    static List<SecurityRequirement> security(Operation operation) {
        List<SecurityRequirement> own = operation.getSecurity();
        return own != null ? own : Optional.ofNullable(api().getSecurity()).orElse(List.of());
    }

    /** Whether a $ref names a schema under components/schemas that exists. */
    static boolean isNamedSchema(String ref) {
        return ref != null
                && ref.startsWith(SCHEMAS)
                && api().getComponents().getSchemas().containsKey(ref.substring(SCHEMAS.length()));
    }

    static String name(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
