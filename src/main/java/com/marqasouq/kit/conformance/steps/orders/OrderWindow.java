package com.marqasouq.kit.conformance.steps.orders;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** A creation-time window around an order's own created_at, in the date bounds of either list (D2: bounds are inclusive). */
enum OrderWindow {
    AT_ITS_TIME("at its time"),
    FROM_ITS_TIME("from its time onwards"),
    UP_TO_JUST_BEFORE("up to 1 millisecond before it"),
    FROM_JUST_AFTER("from 1 millisecond after it");

    static final String PATTERN =
            "at its time|from its time onwards|up to 1 millisecond before it|from 1 millisecond after it";

    private final String text;

    OrderWindow(String text) {
        this.text = text;
    }

    static OrderWindow of(String text) {
        for (OrderWindow window : values()) {
            if (window.text.equals(text)) {
                return window;
            }
        }
        throw new IllegalArgumentException(text);
    }

    Map<String, String> query(OrderRoute route, Instant createdAt) {
        return switch (this) {
            case AT_ITS_TIME -> route.window(createdAt, createdAt);
            case FROM_ITS_TIME -> route.window(createdAt, null);
            // an hour before is only a lower bound that keeps the list short on a busy target
            case UP_TO_JUST_BEFORE -> route.window(createdAt.minus(1, ChronoUnit.HOURS), createdAt.minusMillis(1));
            case FROM_JUST_AFTER -> route.window(createdAt.plusMillis(1), null);
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
