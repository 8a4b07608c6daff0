package com.marqasouq.kit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the operator knows about a real target, so that checks which cannot create their own
 * data can still run against staging or production: a SKU with its price in fils (the only way
 * to see amount units), an order with its total, a customer, and orders the suite may change.
 * Read from {@code --facts FILE} (JSON or YAML); every part is optional.
 */
public record OperatorFacts(KnownSku sku, KnownOrder order, KnownCustomer customer, List<String> ordersToChange) {

    public static final OperatorFacts NONE = new OperatorFacts(null, null, null, List.of());

    /** A SKU the target sells, its KWD price in fils (150.000 KWD = 150000) and, if known, its stock. */
    public record KnownSku(String sku, long priceFils, Integer stockedQuantity) {}

    /** An order the target has, with its total in fils. */
    public record KnownOrder(String id, long totalFils) {}

    /** A customer the target has. */
    public record KnownCustomer(String id, String email) {}

    public OperatorFacts {
        ordersToChange = ordersToChange == null ? List.of() : List.copyOf(ordersToChange);
    }

    /** The facts this run has: "sku", "order", "customer". */
    public boolean has(String fact) {
        return switch (fact) {
            case "sku" -> sku != null;
            case "order" -> order != null;
            case "customer" -> customer != null;
            default -> false;
        };
    }

    /** Reads a facts file; an {@link IllegalArgumentException} says what is wrong, naming the field. */
    public static OperatorFacts load(Path file) {
        JsonNode root;
        try {
            String text = Files.readString(file);
            ObjectMapper mapper =
                    file.toString().endsWith(".json") ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
            root = mapper.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("--facts " + file + ": " + firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(
                    "--facts " + file + ": expected an object with sku, order, customer or orders_to_change");
        }
        return new OperatorFacts(
                sku(root.get("sku")),
                order(root.get("order")),
                customer(root.get("customer")),
                ids(root.get("orders_to_change")));
    }

    private static KnownSku sku(JsonNode node) {
        if (node == null) {
            return null;
        }
        return new KnownSku(
                text(node, "sku", "sku"),
                number(node, "sku", "price_fils"),
                node.has("stocked_quantity") ? (int) number(node, "sku", "stocked_quantity") : null);
    }

    private static KnownOrder order(JsonNode node) {
        return node == null ? null : new KnownOrder(text(node, "order", "id"), number(node, "order", "total_fils"));
    }

    private static KnownCustomer customer(JsonNode node) {
        return node == null ? null : new KnownCustomer(text(node, "customer", "id"), text(node, "customer", "email"));
    }

    private static List<String> ids(JsonNode node) {
        List<String> ids = new ArrayList<>();
        if (node == null) {
            return ids;
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("--facts: orders_to_change must be a list of order ids");
        }
        node.forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private static String text(JsonNode node, String part, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("--facts: " + part + "." + field + " must be a non-empty string");
        }
        return value.asText();
    }

    private static long number(JsonNode node, String part, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || value.asLong() < 0) {
            throw new IllegalArgumentException("--facts: " + part + "." + field + " must be a whole number ≥ 0");
        }
        return value.asLong();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "cannot read the file";
        }
        String line = message.split("\n")[0];
        int source = line.indexOf(" at [Source");
        return source > 0 ? line.substring(0, source) : line;
    }
}
