package com.marqasouq.kit.contract.diff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marqasouq.kit.contract.releases.Releases;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Specs made from the first release by one deliberate change each, so that tests of the diff do
 * not depend on how the working spec moves on.
 */
public final class SpecFixtures {

    private static final YAMLMapper YAML = new YAMLMapper();

    private SpecFixtures() {}

    /** Release 1.0.0 as a fresh tree. */
    public static ObjectNode release100() {
        try {
            return (ObjectNode)
                    YAML.readTree(Releases.fromClasspath().all().get(0).yaml());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The required {@code email} is removed from each order that GET /odoo/orders lists. */
    public static ObjectNode withoutOdooOrderEmail(ObjectNode spec) {
        ObjectNode order = (ObjectNode) spec.at("/components/schemas/OdooOrder");
        ((ObjectNode) order.get("properties")).remove("email");
        ArrayNode required = (ArrayNode) order.get("required");
        for (int i = 0; i < required.size(); i++) {
            if (required.get(i).asText().equals("email")) {
                required.remove(i);
            }
        }
        return spec;
    }

    public static String yaml(ObjectNode spec) {
        try {
            return YAML.writeValueAsString(spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
