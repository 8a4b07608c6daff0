package com.marqasouq.kit.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The document's flows and the operations each calls, from {@value #RESOURCE}. */
final class DocumentFlows {

    static final String RESOURCE = "com/marqasouq/kit/diff/document-flows.yaml";

    private DocumentFlows() {}

    /** Flow name → operationIds, each flow with the operations every flow calls. */
    static Map<String, Set<String>> load() {
        JsonNode root;
        try (InputStream in = DocumentFlows.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        Map<String, Set<String>> flows = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> flow : root.path("flows").properties()) {
            Set<String> operations = new LinkedHashSet<>();
            root.path("every-flow").forEach(op -> operations.add(op.asText()));
            flow.getValue().forEach(op -> operations.add(op.asText()));
            flows.put(flow.getKey(), operations);
        }
        return flows;
    }
}
