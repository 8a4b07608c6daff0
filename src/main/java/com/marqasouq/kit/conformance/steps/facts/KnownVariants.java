package com.marqasouq.kit.conformance.steps.facts;

import com.marqasouq.kit.conformance.http.ApiResult;
import java.util.List;
import java.util.Map;

/** Finds a variant by SKU in a page of the product list, and its KWD price. */
final class KnownVariants {
    private KnownVariants() {}

    static Map<String, Object> find(ApiResult page, String sku) {
        for (Map<String, Object> product : page.list("products")) {
            if (product.get("variants") instanceof List<?> variants) {
                for (Object v : variants) {
                    if (v instanceof Map<?, ?> variant && sku.equals(variant.get("sku"))) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> found = (Map<String, Object>) variant;
                        return found;
                    }
                }
            }
        }
        return null;
    }

    static Number kwdAmount(Map<String, Object> variant) {
        if (variant.get("prices") instanceof List<?> prices) {
            for (Object p : prices) {
                if (p instanceof Map<?, ?> price
                        && "KWD".equalsIgnoreCase(String.valueOf(price.get("currency_code")))
                        && price.get("amount") instanceof Number amount) {
                    return amount;
                }
            }
        }
        return null;
    }
}
