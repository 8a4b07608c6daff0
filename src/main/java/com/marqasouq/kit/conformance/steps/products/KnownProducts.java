package com.marqasouq.kit.conformance.steps.products;

import java.util.HashMap;
import java.util.Map;

/**
 * The products of one scenario by their labels ("KETTLE"): what the scenario meant to create
 * (the body it sent) and, once the target created it, the product as the target answered.
 */
public final class KnownProducts {
    private final Map<String, KnownProduct> byLabel = new HashMap<>();
    private final Map<String, Map<String, Object>> sent = new HashMap<>();

    /** The SKU of the product labelled so, for the steps of another noun (a customer orders it). */
    public String sku(String label) {
        return known(label).sku();
    }

    KnownProduct remember(KnownProduct product) {
        byLabel.put(product.label(), product);
        return product;
    }

    KnownProduct known(String label) {
        KnownProduct product = byLabel.get(label);
        if (product == null) {
            throw new IllegalStateException(
                    "No product \"" + label + "\" in this scenario; known: " + byLabel.keySet());
        }
        return product;
    }

    void sent(String label, Map<String, Object> body) {
        sent.put(label, body);
    }

    Map<String, Object> sent(String label) {
        Map<String, Object> body = sent.get(label);
        if (body == null) {
            throw new IllegalStateException("No product \"" + label + "\" was sent in this scenario");
        }
        return body;
    }
}
