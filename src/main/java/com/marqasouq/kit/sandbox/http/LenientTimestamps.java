package com.marqasouq.kit.sandbox.http;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.regex.Pattern;

/**
 * Date filters (D2): RFC 3339; a value without offset, Odoo's {@code 2026-01-30 10:00:00}
 * included, is UTC; a bare date is its midnight UTC. Anything else is refused.
 */
public final class LenientTimestamps {
    // An unencoded "+02:00" in a query string arrives as " 02:00".
    private static final Pattern SPACE_BEFORE_OFFSET = Pattern.compile("(\\d) (\\d{2}:?\\d{2})$");
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd()
            .optionalEnd()
            .toFormatter();
    private static final DateTimeFormatter WITH_OFFSET = new DateTimeFormatterBuilder()
            .append(LOCAL)
            .appendOffset("+HH:MM", "Z")
            .toFormatter();

    private LenientTimestamps() {}

    public static OffsetDateTime parse(String raw) {
        String value = raw.trim();
        value = SPACE_BEFORE_OFFSET.matcher(value).replaceFirst("$1+$2");
        if (value.length() > 10 && value.charAt(10) == ' ') {
            value = value.substring(0, 10) + 'T' + value.substring(11);
        }
        if (value.endsWith("z")) {
            value = value.substring(0, value.length() - 1) + 'Z';
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return OffsetDateTime.parse(value, WITH_OFFSET);
            }
            return LocalDateTime.parse(value, LOCAL).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "must be an RFC 3339 date-time such as 2026-01-30T00:00:00Z, got \"" + raw + "\"");
        }
    }
}
