package com.marqasouq.kit.sandbox.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** Free-form metadata of orders, customers and products (D7, D23). */
public final class Metadata {
    private Metadata() {}

    /** Shallow merge: keys not sent are kept, a key set to null is removed (D7). */
    public static LinkedHashMap<String, Object> merge(Map<String, Object> current, Map<String, Object> changes) {
        LinkedHashMap<String, Object> merged = current == null ? new LinkedHashMap<>() : new LinkedHashMap<>(current);
        if (changes == null) {
            return merged;
        }
        changes.forEach((key, value) -> {
            if (value == null) {
                merged.remove(key);
            } else {
                merged.put(key, value);
            }
        });
        return merged;
    }

    /** D5: {@code false} matches absent, null or false; {@code true} only true. */
    public static boolean matchesSynced(Map<String, Object> metadata, Boolean wanted) {
        if (wanted == null) {
            return true;
        }
        Object value = metadata == null ? null : metadata.get("odoo_synced");
        boolean synced = Boolean.TRUE.equals(value);
        return synced == wanted;
    }
}
