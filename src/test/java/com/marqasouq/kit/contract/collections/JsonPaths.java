package com.marqasouq.kit.contract.collections;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few JSONPath forms the collections use: {@code $.token}, {@code $.orders[0].id} (or without {@code $}). */
final class JsonPaths {

    private static final Pattern STEP = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d+)]");

    private JsonPaths() {}

    static JsonNode read(JsonNode document, String path) {
        String steps = path.startsWith("$") ? path.substring(1) : path;
        Matcher step = STEP.matcher(steps);
        JsonNode node = document;
        int end = 0;
        while (step.find()) {
            if (step.start() != end) {
                throw new IllegalArgumentException("Unsupported path " + path);
            }
            node = step.group(1) != null ? node.path(step.group(1)) : node.path(Integer.parseInt(step.group(2)));
            end = step.end();
        }
        if (end != steps.length() || node.isMissingNode()) {
            throw new IllegalArgumentException("Nothing at " + path + " in " + document);
        }
        return node;
    }
}
