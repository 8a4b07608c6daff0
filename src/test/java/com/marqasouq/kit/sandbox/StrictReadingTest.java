package com.marqasouq.kit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marqasouq.kit.contract.Contract;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The strict reading can fail: an answer that the contract accepts (D25) but that the sandbox
 * must never give is refused by it, with a message naming the problem.
 */
class StrictReadingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORDER = "/admin/orders/order_01ABC123";

    /** The contract as OpenAPI reads it: objects without additionalProperties are open. */
    private static final OpenApiInteractionValidator CONTRACT = validator(
            Contract.marqasouqOdoo().yaml(),
            LevelResolver.create()
                    .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
                    .build());

    private static final OpenApiInteractionValidator STRICT =
            validator(StrictReading.json(), LevelResolver.create().build());

    static Stream<Arguments> answersTheSandboxMustNotGive() {
        return Stream.of(
                answer("a line item id with another prefix", o -> item(o).put("id", "ordli_01JKQ4Z7W3"), "^item_"),
                answer(
                        "a shipping method id with another prefix",
                        o -> ((ObjectNode) o.at("/order/shipping_methods/0")).put("id", "ordsm_01JKQ4Z7W3"),
                        "^sm_"),
                answer(
                        "a payment status outside D6",
                        o -> ((ObjectNode) o.at("/order/payments/0")).put("status", "authorized"),
                        "authorized"),
                answer(
                        "null for a field the sandbox leaves out",
                        o -> order(o).putNull("canceled_at"),
                        "/order/canceled_at"),
                answer("a field the contract does not name", o -> order(o).put("region_id", "reg_01"), "region_id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answersTheSandboxMustNotGive")
    void theContractAcceptsItButTheStrictReadingRefusesIt(String body, String named) {
        assertEquals(List.of(), errors(CONTRACT, ORDER, body), "the contract (D25) accepts " + body);

        List<String> strict = errors(STRICT, ORDER, body);
        assertTrue(strict.stream().anyMatch(e -> e.contains(named)), () -> "no '" + named + "' in " + strict);
    }

    @Test
    void theDocumentsAnswerWithItsNullBarcodeIsWhatTheSandboxMayGive() throws IOException {
        assertEquals(List.of(), errors(STRICT, ORDER, fixture("s2.2-get-order-response.json")));
        assertEquals(List.of(), errors(STRICT, "/admin/products", fixture("s5.1-list-products-response.json")));
    }

    @Test
    void theDocumentsWebhookConformsButAnUnnamedFieldOrAnotherPrefixIsRefused() throws IOException {
        String created = fixture("s6.2-customer-created-webhook.json");
        assertEquals(List.of(), StrictReading.webhooks().problems("customer.created", created));

        List<String> unnamed = StrictReading.webhooks()
                .problems("customer.created", created.replace("\"email\"", "\"company\": \"MarqaSouq\", \"email\""));
        assertTrue(unnamed.stream().anyMatch(e -> e.contains("company")), unnamed::toString);
        List<String> prefix =
                StrictReading.webhooks().problems("customer.created", created.replace("cus_", "customer_"));
        assertTrue(prefix.stream().anyMatch(e -> e.contains("^cus_")), prefix::toString);
    }

    private static Arguments answer(String what, Consumer<ObjectNode> change, String named) {
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(fixture("s2.2-get-order-response.json"));
            change.accept(body);
            return Arguments.of(Named.of(what, JSON.writeValueAsString(body)), named);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode order(ObjectNode body) {
        return (ObjectNode) body.get("order");
    }

    private static ObjectNode item(ObjectNode body) {
        return (ObjectNode) body.at("/order/items/0");
    }

    private static List<String> errors(OpenApiInteractionValidator validator, String path, String body) {
        SimpleResponse response = SimpleResponse.Builder.ok()
                .withContentType("application/json")
                .withBody(body)
                .build();
        return validator.validateResponse(path, Request.Method.GET, response).getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getMessage() + " " + m.getNestedMessages())
                .toList();
    }

    private static OpenApiInteractionValidator validator(String spec, LevelResolver levels) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                .withLevelResolver(levels)
                .build();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(
                StrictReadingTest.class.getClassLoader().getResourceAsStream("document-examples/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
