package com.marqasouq.kit.contract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The spec holds the operations of the API document, as the document and the decisions describe them. */
class OperationCatalogueTest {

    private static final Pattern DECISION = Pattern.compile("D\\d+");
    private static final String JSON = "application/json";

    static Stream<Named<DocumentedOperation>> documentedOperations() {
        return DocumentedOperation.ALL.stream().map(op -> Named.of(op.toString(), op));
    }

    @Test
    void everyDocumentedOperationIsInTheSpecAndTheSpecHasNoOther() {
        List<DocumentedOperation> documented = DocumentedOperation.ALL;
        long found = documented.stream()
                .filter(op -> SpecLookup.operation(op.method(), op.path()).isPresent())
                .count();
        System.out.printf("Contract operations: %d/%d documented operations in the spec%n", found, documented.size());

        Set<String> expected = documented.stream()
                .map(op -> op.method() + " " + op.path())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> inSpec = ContractSpec.MAIN.operations().stream()
                .map(op -> op.method() + " " + op.path())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, inSpec, "operations of the document vs. operations of the spec");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedOperations")
    void operationDeclaresExactlyTheDocumentedParameters(DocumentedOperation op) {
        List<Parameter> parameters = modelled(op).parameters();

        assertEquals(new TreeSet<>(op.query()), names(parameters, Parameter::inQuery), "query parameters");
        assertEquals(new TreeSet<>(op.pathIds()), names(parameters, Parameter::inPath), "path parameters");
        parameters.stream()
                .filter(Parameter::inPath)
                .forEach(p -> assertTrue(p.required(), p.name() + " must be required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedOperations")
    void operationNamesTheSectionOfTheDocumentItComesFrom(DocumentedOperation op) {
        assertEquals(op.firstSection(), modelled(op).documentSection(), "x-document-section");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedOperations")
    void operationAnswersTheStatusCodesTheDecisionsGiveIt(DocumentedOperation op) {
        assertEquals(
                new TreeSet<>(op.expectedStatuses()), new TreeSet<>(modelled(op).statuses()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedOperations")
    void operationRequiresABearerTokenUnlessItIsTheLogin(DocumentedOperation op) {
        Set<String> schemes = new HashSet<>();
        SpecLookup.security(operation(op)).forEach(requirement -> schemes.addAll(requirement.keySet()));

        assertEquals(op.isLogin() ? Set.of() : Set.of("bearerAuth"), schemes, "security schemes (D18)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedOperations")
    void operationHasAnIdAndCitesTheDecisionsThatApply(DocumentedOperation op) {
        Operation operation = operation(op);

        assertAll(
                () -> assertNotNull(operation.getOperationId(), "operationId"),
                () -> assertTrue(
                        operation.getDescription() != null
                                && DECISION.matcher(operation.getDescription()).find(),
                        "the description cites no decision (D1-D24)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedOperations")
    void operationTakesAJsonBodyExactlyWhenTheDocumentShowsOne(DocumentedOperation op) {
        RequestBody body = operation(op).getRequestBody();
        if (!op.body()) {
            assertNull(body, "the document shows no request body");
            return;
        }
        assertNotNull(body, "the document shows a request body");
        assertTrue(Boolean.TRUE.equals(SpecLookup.resolve(body).getRequired()), "the body must be required");
        assertNamedJsonSchema("request body", SpecLookup.resolve(body).getContent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedOperations")
    void everySuccessErrorAndDefaultResponseHasANamedJsonSchema(DocumentedOperation op) {
        List<Executable> checks = new ArrayList<>();
        operation(op).getResponses().forEach((status, response) -> {
            if (status.startsWith("2") || status.startsWith("4") || status.equals("default")) {
                checks.add(() -> assertNamedJsonSchema(
                        status, SpecLookup.resolve(response).getContent()));
            }
        });
        assertAll(checks);
        assertEquals(
                SpecLookup.SCHEMAS + "ErrorResponse",
                SpecLookup.resolve(operation(op).getResponses().get("default"))
                        .getContent()
                        .get(JSON)
                        .getSchema()
                        .get$ref(),
                "the default response is the error format of section 7 (D19)");
    }

    @Test
    void reduceStockTakesEitherBodyOfTheDocument() {
        Operation reduceStock =
                SpecLookup.operation("POST", "/admin/inventory/reduce-stock").orElseThrow();
        String ref =
                reduceStock.getRequestBody().getContent().get(JSON).getSchema().get$ref();
        Schema<?> request = schema(ref);

        assertNotNull(request.getOneOf(), "the body is a oneOf of the two forms (D14)");
        Set<Set<String>> forms = new HashSet<>();
        for (Schema<?> form : request.getOneOf()) {
            Schema<?> resolved = schema(form.get$ref());
            assertEquals(
                    resolved.getProperties().keySet(),
                    new HashSet<>(resolved.getRequired()),
                    form.get$ref() + ": every field the document shows is required");
            forms.add(resolved.getProperties().keySet());
        }
        assertEquals(
                Set.of(
                        Set.of("sku", "quantity", "order_id", "reason"), // section 3.5
                        Set.of("order_id", "reason", "items")), // section 8.8
                forms);
    }

    @Test
    void aRefusedLoginIsAboutCredentialsNotAboutTokens() {
        ApiResponse unauthorized = SpecLookup.operation("POST", "/auth/user/emailpass")
                .orElseThrow()
                .getResponses()
                .get("401");

        assertNull(unauthorized.get$ref(), "the shared 401 is about bearer tokens, which the login does not take");
        assertTrue(unauthorized.getDescription().contains("password"), unauthorized.getDescription());
        assertFalse(unauthorized.getDescription().toLowerCase().contains("token"), unauthorized.getDescription());
    }

    @Test
    void operationIdsAreUnique() {
        List<String> ids = new ArrayList<>();
        SpecLookup.api()
                .getPaths()
                .values()
                .forEach(item -> item.readOperations().forEach(o -> ids.add(o.getOperationId())));

        assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate operationId in " + ids);
    }

    private static com.marqasouq.kit.contract.Operation modelled(DocumentedOperation op) {
        return ContractSpec.MAIN.operations().stream()
                .filter(o -> o.method().equals(op.method()) && o.path().equals(op.path()))
                .findFirst()
                .orElseGet(() -> fail(op + " is not in the spec"));
    }

    private static Operation operation(DocumentedOperation op) {
        return SpecLookup.operation(op.method(), op.path()).orElseGet(() -> fail(op + " is not in the spec"));
    }

    private static Set<String> names(List<Parameter> parameters, Predicate<Parameter> filter) {
        return parameters.stream().filter(filter).map(Parameter::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static void assertNamedJsonSchema(String what, Map<String, MediaType> content) {
        assertNotNull(content, what + ": no content");
        MediaType json = content.get(JSON);
        assertNotNull(json, what + ": no " + JSON + " content");
        assertNotNull(json.getSchema(), what + ": no schema");
        String ref = json.getSchema().get$ref();
        assertTrue(SpecLookup.isNamedSchema(ref), what + ": the schema is not a named component but " + ref);
    }

    private static Schema<?> schema(String ref) {
        return SpecLookup.api().getComponents().getSchemas().get(SpecLookup.name(ref));
    }
}
