package com.marqasouq.kit.conformance.steps.webhooks;

import java.util.List;

/**
 * The records one webhook scenario changed, which the webhooks it waits for must be about: an
 * order, a customer with its e-mail, and the SKUs of the products it made (first, second).
 */
public final class WebhookSubjects {
    private String orderId;
    private String customerId;
    private String email;
    private List<String> skus = List.of();

    void order(String id) {
        orderId = id;
    }

    String orderId() {
        return required(orderId, "order");
    }

    void customer(String id, String customerEmail) {
        customerId = id;
        email = customerEmail;
    }

    String customerId() {
        return required(customerId, "customer");
    }

    String email() {
        return required(email, "customer e-mail");
    }

    void skus(String... made) {
        skus = List.of(made);
    }

    /** The SKU the scenario made first or second. */
    String sku(String which) {
        int index = switch (which) {
            case "first" -> 0;
            case "second" -> 1;
            default -> throw new IllegalArgumentException("first or second, not " + which);
        };
        if (skus.size() <= index) {
            throw new IllegalStateException("This scenario made no " + which + " product for the webhook check");
        }
        return skus.get(index);
    }

    private static String required(String value, String what) {
        if (value == null) {
            throw new IllegalStateException("This scenario made no " + what + " for the webhook check");
        }
        return value;
    }
}
