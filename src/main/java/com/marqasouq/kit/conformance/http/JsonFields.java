package com.marqasouq.kit.conformance.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a value out of a JSON body by a dotted path with list indexes ({@code orders[0].id},
 * {@code pagination.total}), as plain Java values (maps, lists, strings, numbers, booleans).
 * REST Assured's JsonPath would compile every new path as Groovy, which was a third of the
 * suite's CPU time.
 */
final class JsonFields {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private JsonFields() {}

    /** The parsed body, or null when it is not JSON. */
    static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    /** The value at {@code path}, or null when any step of it is missing. */
    static Object at(JsonNode root, String path) {
        JsonNode node = root;
        for (String step : path.split("\\.")) {
            if (node == null) {
                return null;
            }
            Matcher parts = STEP.matcher(step);
            if (!parts.matches()) {
                throw new IllegalArgumentException("Not a field path: " + path);
            }
            node = node.get(parts.group(1));
            Matcher index = INDEX.matcher(parts.group(2));
            while (node != null && index.find()) {
                node = node.get(Integer.parseInt(index.group(1)));
            }
        }
        return node == null || node.isNull() || node.isMissingNode() ? null : JSON.convertValue(node, Object.class);
    }
}
