package com.marqasouq.kit.sandbox.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The state document's date-times: written as {@code 2026-01-30T10:30:00.000Z}, read as any RFC
 * 3339 date-time. The form the sandbox writes is read without a formatter: a state of 100,000
 * orders holds over a million of them, and the general parser was a sixth of its load time.
 */
final class StateTimestamps {
    private static final DateTimeFormatter WRITTEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private StateTimestamps() {}

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("state-timestamps");
        module.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(WRITTEN.format(value));
            }
        });
        module.addDeserializer(Instant.class, new JsonDeserializer<>() {
            @Override
            public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = p.getValueAsString();
                Instant written = text == null ? null : asWritten(text);
                if (written != null) {
                    return written;
                }
                try {
                    return OffsetDateTime.parse(text).toInstant();
                } catch (DateTimeParseException | NullPointerException e) {
                    return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not an RFC 3339 date-time");
                }
            }
        });
        return module;
    }

    /** {@code yyyy-MM-ddTHH:mm:ss.SSSZ} read digit by digit; null for any other text, left to the parser. */
    static Instant asWritten(String text) {
        if (text.length() != 24
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':'
                || text.charAt(19) != '.'
                || text.charAt(23) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int millis = digits(text, 20, 3);
        if (year < 0
                || month < 0
                || day < 0
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59
                || millis < 0) {
            return null;
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, millis * 1_000_000L);
        } catch (DateTimeException invalidDate) {
            return null;
        }
    }

    /** The number written by {@code count} ASCII digits at {@code from}, or -1 if any is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
