package com.marqasouq.kit.sandbox.domain.orders;

import java.util.Map;

/** What {@code POST /admin/orders/{id}} may change (D8): the e-mail and a metadata merge (D7). */
public record OrderChanges(String email, Map<String, Object> metadata) {

    boolean isEmpty() {
        return email == null && (metadata == null || metadata.isEmpty());
    }
}
