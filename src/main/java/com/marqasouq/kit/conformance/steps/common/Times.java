package com.marqasouq.kit.conformance.steps.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Map;

/** RFC 3339 instants as the contract writes them (D2), and the list order of D4. */
public final class Times {
    private static final DateTimeFormatter RFC_3339_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** Oldest first by created_at, ties broken by id (D4). */
    public static final Comparator<Map<String, Object>> LIST_ORDER =
            Comparator.comparing((Map<String, Object> o) -> createdAt(o)).thenComparing(o -> (String) o.get("id"));

    private Times() {}

    /** With milliseconds as D2 writes them, or finer when the instant is finer (a target may keep microseconds). */
    public static String format(Instant instant) {
        return instant.getNano() % 1_000_000 == 0
                ? RFC_3339_MILLIS.format(instant)
                : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    public static Instant parse(String what, Object value) {
        assertThat(what, value, notNullValue());
        try {
            return OffsetDateTime.parse(value.toString()).toInstant();
        } catch (DateTimeParseException e) {
            throw new AssertionError(what + " should be an RFC 3339 date-time, was " + value, e);
        }
    }

    /** A timestamp the target set (canceled_at, odoo_sync_date): RFC 3339, and not before the order was created. */
    public static void notBefore(String what, Object value, Instant created) {
        Instant instant = parse(what, value);
        assertThat(
                what + " " + instant + " is not before the order was created at " + created,
                instant.isBefore(created),
                equalTo(false));
    }

    public static Instant createdAt(Map<String, Object> order) {
        return parse("created_at of " + order.get("id"), order.get("created_at"));
    }
}
