package com.marqasouq.kit.conformance.defects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** Small JSON edits for defects. */
final class Bodies {
    static final ObjectMapper JSON = new ObjectMapper();

    private Bodies() {}

    static ObjectNode object(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node instanceof ObjectNode o ? o : JSON.createObjectNode();
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    static String edit(String text, Consumer<ObjectNode> change) {
        ObjectNode node = object(text);
        change.accept(node);
        return write(node);
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applies {@code change} to every object of an array field, e.g. every order of a list. */
    static void eachOf(ObjectNode node, String arrayField, Consumer<ObjectNode> change) {
        node.path(arrayField).forEach(item -> {
            if (item instanceof ObjectNode o) {
                change.accept(o);
            }
        });
    }
}
