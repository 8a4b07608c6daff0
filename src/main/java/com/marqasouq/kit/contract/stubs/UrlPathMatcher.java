package com.marqasouq.kit.contract.stubs;

import com.fasterxml.jackson.databind.JsonNode;
import com.marqasouq.kit.contract.Operation;
import com.marqasouq.kit.contract.Parameter;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WireMock's URL matcher for an operation's path: {@code urlPath} for a fixed path, else
 * {@code urlPathPattern} where each {@code {param}} accepts what its schema's {@code pattern}
 * accepts (any segment if it has none). Query parameters are not matched.
 */
record UrlPathMatcher(String key, String value) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");
    private static final String ANY_SEGMENT = "[^/]+";

    static UrlPathMatcher of(Operation operation) {
        String template = operation.path();
        Matcher placeholder = PLACEHOLDER.matcher(template);
        if (!placeholder.find()) {
            return new UrlPathMatcher("urlPath", template);
        }
        Map<String, String> patterns = pathParameterPatterns(operation);
        StringBuilder regex = new StringBuilder();
        int end = 0;
        placeholder.reset();
        while (placeholder.find()) {
            regex.append(Regex.literal(template.substring(end, placeholder.start())));
            regex.append(patterns.getOrDefault(placeholder.group(1), ANY_SEGMENT));
            end = placeholder.end();
        }
        regex.append(Regex.literal(template.substring(end)));
        return new UrlPathMatcher("urlPathPattern", regex.toString());
    }

    private static Map<String, String> pathParameterPatterns(Operation operation) {
        Map<String, String> patterns = new HashMap<>();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.inPath()) {
                JsonNode schema = operation.contract().resolve(parameter.node().path("schema"));
                if (schema.hasNonNull("pattern")) {
                    patterns.put(
                            parameter.name(),
                            Regex.unanchored(schema.get("pattern").asText()));
                }
            }
        }
        return patterns;
    }
}
