package com.marqasouq.kit.contract;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;

/** A document example whose JSON body is edited before it is validated. */
record EditedExample(DocumentExample example, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The example whose body is {@code file}, with {@code change} applied to that body. */
    static EditedExample of(String file, Consumer<ObjectNode> change) {
        DocumentExample example = DocumentExample.all().stream()
                .filter(e -> file.equals(e.body()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no example with body " + file));
        try {
            ObjectNode tree = (ObjectNode) JSON.readTree(example.bodyText());
            change.accept(tree);
            return new EditedExample(example, JSON.writeValueAsString(tree));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    ValidationReport validate(StrictValidation reading) {
        return ExampleValidator.validate(reading, example, body);
    }

    /** The object at {@code pointer} (e.g. {@code /orders/0}) of an edited body. */
    static ObjectNode at(ObjectNode body, String pointer) {
        return (ObjectNode) body.at(pointer);
    }
}
