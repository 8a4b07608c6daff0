package com.marqasouq.kit.sandbox.webhook;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A receiver's {@code Retry-After}: delay-seconds or an HTTP date (RFC 9110); anything else is ignored. */
final class RetryAfter {
    private RetryAfter() {}

    static Duration parse(Optional<String> header) {
        if (header.isEmpty() || header.get().isBlank()) {
            return null;
        }
        String value = header.get().trim();
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Duration.ofSeconds(Long.parseLong(value));
            } catch (NumberFormatException tooLong) {
                return Backoff.MAX_RETRY_AFTER;
            }
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
