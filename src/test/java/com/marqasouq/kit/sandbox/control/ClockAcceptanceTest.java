package com.marqasouq.kit.sandbox.control;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningSandbox.class)
class ClockAcceptanceTest {

    private static Instant clockNow() {
        return Instant.parse(RunningSandbox.control()
                .get("/_sandbox/clock")
                .then()
                .statusCode(200)
                .extract()
                .path("now"));
    }

    @Test
    void theClockRunsOnRealTimeUntilSet() {
        Instant before = Instant.now().minusMillis(1);

        RunningSandbox.control().get("/_sandbox/clock").then().statusCode(200).body("frozen", equalTo(false));

        Instant now = clockNow();
        assertTrue(
                !now.isBefore(before.minusSeconds(1))
                        && !now.isAfter(Instant.now().plusSeconds(1)),
                now.toString());
    }

    @Test
    void aFrozenClockStandsStill() throws InterruptedException {
        RunningSandbox.control()
                .body(Map.of("now", "2026-02-01T00:00:00Z", "frozen", true))
                .put("/_sandbox/clock")
                .then()
                .statusCode(200)
                .body("now", equalTo("2026-02-01T00:00:00.000Z"))
                .body("frozen", equalTo(true));
        Thread.sleep(20);

        assertEquals(Instant.parse("2026-02-01T00:00:00Z"), clockNow());
    }

    @Test
    void aClockSetWithAnOffsetIsShownInUtc() {
        RunningSandbox.control()
                .body(Map.of("now", "2026-02-01T03:00:00+03:00", "frozen", true))
                .put("/_sandbox/clock")
                .then()
                .statusCode(200)
                .body("now", equalTo("2026-02-01T00:00:00.000Z"));
    }

    @Test
    void aRunningClockRunsOnFromTheTimeSet() throws InterruptedException {
        RunningSandbox.control()
                .body(Map.of("now", "2026-02-01T00:00:00Z"))
                .put("/_sandbox/clock")
                .then()
                .statusCode(200)
                .body("frozen", equalTo(false));
        Thread.sleep(30);

        Duration ran = Duration.between(Instant.parse("2026-02-01T00:00:00Z"), clockNow());
        assertTrue(!ran.isNegative() && ran.compareTo(Duration.ofMinutes(1)) < 0, ran.toString());
    }

    @Test
    void advancingAFrozenClockMovesItByExactlyThatMuch() {
        RunningSandbox.control()
                .body(Map.of("now", "2026-02-01T00:00:00Z", "frozen", true))
                .put("/_sandbox/clock");

        RunningSandbox.control()
                .body(Map.of("seconds", 3600))
                .post("/_sandbox/clock/advance")
                .then()
                .statusCode(200)
                .body("now", equalTo("2026-02-01T01:00:00.000Z"))
                .body("frozen", equalTo(true));

        assertEquals(Instant.parse("2026-02-01T01:00:00Z"), clockNow());
    }

    @Test
    void advancingARunningClockMovesItAhead() {
        RunningSandbox.control()
                .body(Map.of("seconds", 86400))
                .post("/_sandbox/clock/advance")
                .then()
                .statusCode(200)
                .body("frozen", equalTo(false));

        assertTrue(clockNow().isAfter(Instant.now().plus(Duration.ofHours(23))));
    }

    @Test
    void aBadTimeOrANegativeAdvanceIsInvalidDataAndTheClockStays() {
        RunningSandbox.control()
                .body(Map.of("now", "2026-02-01T00:00:00Z", "frozen", true))
                .put("/_sandbox/clock");

        RunningSandbox.controlBadRequest()
                .body(Map.of("now", "tomorrow"))
                .put("/_sandbox/clock")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString("now"));
        RunningSandbox.controlBadRequest()
                .body(Map.of("frozen", true))
                .put("/_sandbox/clock")
                .then()
                .statusCode(400)
                .body("message", containsString("now"));
        RunningSandbox.controlBadRequest()
                .body(Map.of("seconds", -5))
                .post("/_sandbox/clock/advance")
                .then()
                .statusCode(400)
                .body("message", containsString("seconds"));

        assertEquals(Instant.parse("2026-02-01T00:00:00Z"), clockNow());
    }
}
