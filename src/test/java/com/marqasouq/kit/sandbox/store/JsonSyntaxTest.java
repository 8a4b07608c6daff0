package com.marqasouq.kit.sandbox.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonSyntaxTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> brokenJson() {
        return Stream.of(
                Arguments.of("{\"a\": [}", " at line 1, column 8: unexpected close marker '}': expected ']'"),
                Arguments.of(
                        "{\"a\": [", " at line 1, column 8: unexpected end-of-input: expected close marker for Array"),
                Arguments.of(
                        "{\"a\": 1 \"b\": 2}",
                        " at line 1, column 9: unexpected character ('\"'): was expecting comma to separate Object"
                                + " entries"),
                Arguments.of(
                        "{\n  \"a\": nonsense\n}",
                        " at line 2, column 8: unrecognized token 'nonsense': was expecting (JSON String, Number,"
                                + " Array, Object or token 'null', 'true' or 'false')"));
    }

    @ParameterizedTest(name = "{0} reads as:{1}")
    @MethodSource("brokenJson")
    void aSyntaxErrorIsWhereAndWhatWithoutParserInternals(String json, String described) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> JSON.readTree(json));

        assertEquals(described, JsonSyntax.describe(e));
    }
}
