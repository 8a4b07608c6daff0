package com.marqasouq.kit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both spec files are valid OpenAPI 3.0 by two validators that share no code: the official
 * JSON Schema of OpenAPI 3.0 (applied with networknt json-schema-validator) and swagger-parser.
 */
class SpecValidityTest {

    private static JsonSchema openApi30;

    @BeforeAll
    static void loadTheOfficialSchema() throws IOException {
        try (InputStream in = SpecValidityTest.class.getClassLoader().getResourceAsStream("oas-3.0-schema.json")) {
            // Formats are assertions, so that e.g. a `pattern` that is not a regular expression fails.
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .formatAssertionsEnabled(true)
                    .build();
            openApi30 =
                    JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
        }
    }

    static Stream<Contract> specs() {
        return Stream.of(ContractSpec.MAIN, ContractSpec.SANDBOX_CONTROL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void specIsValidByTheOfficialOpenApi30JsonSchema(Contract spec) {
        Set<ValidationMessage> errors = openApi30.validate(yaml(spec));

        assertTrue(errors.isEmpty(), () -> spec + " is not valid OpenAPI 3.0:\n  " + join(errors));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void specIsReadBySwaggerParserWithoutAnyMessage(Contract spec) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);

        assertEquals(List.of(), ContractSpec.parse(spec, options).getMessages());
    }

    @Test
    void aResponseWithoutDescriptionIsRejected() {
        ObjectNode spec = yaml(ContractSpec.MAIN);
        String response = "/paths/~1admin~1stock-locations/get/responses/200";
        ((ObjectNode) spec.at(response)).remove("description");

        assertRejected(spec, response, "required property 'description' not found");
    }

    @Test
    void aMisspeltSchemaTypeIsRejected() {
        ObjectNode spec = yaml(ContractSpec.MAIN);
        String schema = "/components/schemas/Quantity";
        ((ObjectNode) spec.at(schema)).put("type", "intger");

        assertRejected(spec, schema + "/type", "does not have a value in the enumeration");
    }

    /** The broken spec has an error at the JSON pointer that names the problem. */
    private static void assertRejected(JsonNode brokenSpec, String pointer, String problem) {
        Set<ValidationMessage> errors = openApi30.validate(brokenSpec);

        assertTrue(
                errors.stream()
                        .anyMatch(e -> e.getInstanceLocation().toString().equals(pointer)
                                && e.getMessage().contains(problem)),
                () -> "no '" + problem + "' at " + pointer + " among:\n  " + join(errors));
    }

    /** A copy of the spec's tree, free to break. */
    private static ObjectNode yaml(Contract spec) {
        return (ObjectNode) spec.tree().deepCopy();
    }

    private static String join(Set<ValidationMessage> errors) {
        return String.join(
                "\n  ", errors.stream().map(ValidationMessage::getMessage).toList());
    }
}
