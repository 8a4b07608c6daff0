package com.marqasouq.kit.sandbox.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StateTimestampsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-01-30T10:30:00.000Z",
                "1970-01-01T00:00:00.000Z",
                "2024-02-29T23:59:59.999Z",
                "9999-12-31T23:59:59.999Z"
            })
    void theWrittenFormIsReadAsTheGeneralParserReadsIt(String text) {
        assertEquals(Instant.parse(text), StateTimestamps.asWritten(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-02-30T10:30:00.000Z",
                "2026-13-01T10:30:00.000Z",
                "2026-01-30T24:00:00.000Z",
                "2026-01-30T10:60:00.000Z",
                "2026-01-30T10:30:60.000Z",
                "2026-01-30T10:30:00.000+03:00",
                "2026-01-30T10:30:00Z",
                "2026-01-30 10:30:00.000Z",
                "2026-0a-30T10:30:00.000Z",
                ""
            })
    void anyOtherTextIsLeftToTheGeneralParser(String text) {
        assertNull(StateTimestamps.asWritten(text));
    }
}
