package com.marqasouq.kit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DurationConverterTest {
    private final DurationConverter converter = new DurationConverter();

    @Test
    void readsTheShortFormsAndIso8601() {
        assertEquals(Duration.ofMillis(50), converter.convert("50ms"));
        assertEquals(Duration.ofSeconds(1), converter.convert("1s"));
        assertEquals(Duration.ofMinutes(5), converter.convert("5m"));
        assertEquals(Duration.ofHours(24), converter.convert("24h"));
        assertEquals(Duration.ofDays(7), converter.convert("7d"));
        assertEquals(Duration.ofSeconds(90), converter.convert("PT1M30S"));
    }

    @Test
    void refusesAnythingElseSayingWhatIsExpected() {
        CommandLine.TypeConversionException e =
                assertThrows(CommandLine.TypeConversionException.class, () -> converter.convert("1 week"));
        assertEquals("'1 week' is not a duration; use e.g. 50ms, 1s, 5m, 24h or 7d", e.getMessage());
    }
}
