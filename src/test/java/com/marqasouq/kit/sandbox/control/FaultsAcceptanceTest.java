package com.marqasouq.kit.sandbox.control;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.sandbox.RunningSandbox;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningSandbox.class)
class FaultsAcceptanceTest {
    private static final Map<String, String> ADMIN =
            Map.of("email", "admin@marqasouq.com", "password", "admin_password");

    private static void addFault(Map<String, Object> fault) {
        RunningSandbox.control().body(fault).post("/_sandbox/faults").then().statusCode(201);
    }

    private static Response login() {
        return RunningSandbox.anonymous().body(ADMIN).post("/auth/user/emailpass");
    }

    @Test
    void a429FaultAnswersTheNextCallsWithRetryAfterThenTheRouteWorksAgain() {
        RunningSandbox.control()
                .body(Map.of(
                        "method", "POST", "path", "/auth/user/emailpass", "status", 429, "retry_after", 2, "times", 2))
                .post("/_sandbox/faults")
                .then()
                .statusCode(201)
                .body("id", matchesPattern("^flt_[0-9A-Z]{26}$"))
                .body("remaining", equalTo(2))
                .body("retry_after", equalTo(2));

        for (int call = 0; call < 2; call++) {
            login().then()
                    .statusCode(429)
                    .header("Retry-After", "2")
                    .body("type", equalTo("rate_limited"))
                    .body("code", equalTo("RATE_LIMITED"))
                    .body("message", containsString("retry"));
        }
        login().then().statusCode(200).header("Retry-After", nullValue());

        RunningSandbox.control().get("/_sandbox/faults").then().statusCode(200).body("faults", empty());
    }

    @Test
    void a429WithoutRetryAfterStillSaysWhenToRetry() {
        addFault(Map.of("path", "/auth/user/emailpass", "status", 429));

        login().then().statusCode(429).header("Retry-After", "1");
    }

    @Test
    void otherStatusesAnswerTheApiErrorBodyOfThatStatus() {
        addFault(Map.of("path", "/auth/user/emailpass", "status", 503, "message", "Maintenance"));
        addFault(Map.of("path", "/auth/user/emailpass", "status", 403));
        addFault(Map.of("path", "/auth/user/emailpass", "status", 500));

        login().then().statusCode(503).body("message", equalTo("Maintenance")).body("type", equalTo("unavailable"));
        login().then().statusCode(403).body("type", equalTo("forbidden")).body("code", equalTo("FORBIDDEN"));
        login().then().statusCode(500).body("type", equalTo("server_error")).body("code", equalTo("SERVER_ERROR"));
        login().then().statusCode(200);
    }

    @Test
    void aDelayOnlyFaultDelaysTheCallWhichIsThenServedNormally() {
        addFault(Map.of("path", "/auth/user/emailpass", "delay_ms", 400));

        long started = System.nanoTime();
        login().then().statusCode(200);
        long tookMs = (System.nanoTime() - started) / 1_000_000;

        assertTrue(tookMs >= 400, "took " + tookMs + " ms");
        started = System.nanoTime();
        login().then().statusCode(200);
        assertTrue((System.nanoTime() - started) / 1_000_000 < 400, "the second call is not delayed");
    }

    @Test
    void aStarMatchesOneSegmentAndTheMethodMustMatch() {
        addFault(Map.of("method", "GET", "path", "/admin/orders/*", "status", 503, "times", 3));

        RunningSandbox.anonymous()
                .post("/admin/orders/order_01ABC123/cancel")
                .then()
                .statusCode(401);
        RunningSandbox.anonymous().get("/admin/orders").then().statusCode(401);
        RunningSandbox.anonymous().get("/admin/orders/order_01ABC123").then().statusCode(503);

        RunningSandbox.control()
                .get("/_sandbox/faults")
                .then()
                .statusCode(200)
                .body("faults", hasSize(1))
                .body("faults[0].remaining", equalTo(2))
                .body("faults[0].method", equalTo("GET"))
                .body("faults[0].path", equalTo("/admin/orders/*"));
    }

    @Test
    void concurrentCallsConsumeExactlyTheGivenNumberOfFaults() throws Exception {
        addFault(Map.of("path", "/admin/stock-locations", "status", 429, "times", 5));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < 24; i++) {
                Callable<Integer> call = () ->
                        RunningSandbox.anonymous().get("/admin/stock-locations").statusCode();
                calls.add(pool.submit(call));
            }
            Map<Integer, Integer> statuses = new HashMap<>();
            for (Future<Integer> call : calls) {
                statuses.merge(call.get(), 1, Integer::sum);
            }
            assertEquals(Map.of(429, 5, 401, 19), statuses);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void controlRoutesAndHealthAreNeverFaulted() {
        addFault(Map.of("path", "/*", "status", 500, "times", 10));
        addFault(Map.of("path", "/*/*", "status", 500, "times", 10));

        RunningSandbox.controlAnonymous().get("/health").then().statusCode(200);
        RunningSandbox.control().get("/_sandbox/clock").then().statusCode(200);

        RunningSandbox.controlBadRequest()
                .body(Map.of("path", "/_sandbox/reset", "status", 500))
                .post("/_sandbox/faults")
                .then()
                .statusCode(400)
                .body("message", containsString("never faulted"));
        RunningSandbox.controlBadRequest()
                .body(Map.of("path", "/health", "status", 500))
                .post("/_sandbox/faults")
                .then()
                .statusCode(400)
                .body("message", containsString("never faulted"));
    }

    @Test
    void aFaultThatWouldDoNothingOrIsMalformedIsInvalidDataAndNothingIsAdded() {
        RunningSandbox.controlBadRequest()
                .body(Map.of("path", "/admin/orders"))
                .post("/_sandbox/faults")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"));
        RunningSandbox.controlBadRequest()
                .body(Map.of("path", "admin/orders", "status", 500))
                .post("/_sandbox/faults")
                .then()
                .statusCode(400)
                .body("message", containsString("path"));
        RunningSandbox.controlBadRequest()
                .body(Map.of("path", "/admin/ord*", "status", 500))
                .post("/_sandbox/faults")
                .then()
                .statusCode(400)
                .body("message", containsString("whole segment"));
        RunningSandbox.controlBadRequest()
                .body(Map.of("path", "/admin/orders", "status", 200))
                .post("/_sandbox/faults")
                .then()
                .statusCode(400)
                .body("message", containsString("status"));
        RunningSandbox.controlBadRequest()
                .body(Map.of("path", "/admin/orders", "delay_ms", 10, "retry_after", 3))
                .post("/_sandbox/faults")
                .then()
                .statusCode(400)
                .body("message", containsString("retry_after"));
        RunningSandbox.controlBadRequest()
                .body(Map.of("path", "/admin/orders", "status", 500, "times", 0))
                .post("/_sandbox/faults")
                .then()
                .statusCode(400)
                .body("message", containsString("times"));

        RunningSandbox.control().get("/_sandbox/faults").then().statusCode(200).body("faults", empty());
    }

    @Test
    void clearingRemovesEveryFault() {
        addFault(Map.of("path", "/auth/user/emailpass", "status", 500, "times", 3));
        addFault(Map.of("path", "/admin/orders", "delay_ms", 100));

        RunningSandbox.control().delete("/_sandbox/faults").then().statusCode(204);

        RunningSandbox.control().get("/_sandbox/faults").then().statusCode(200).body("faults", empty());
        login().then().statusCode(200);
    }

    @Test
    void faultedCallsAreLoggedAsRecentRequests() {
        addFault(Map.of("path", "/auth/user/emailpass", "status", 429));

        login().then().statusCode(429);

        RunningSandbox.control()
                .get("/_sandbox/requests?limit=1")
                .then()
                .statusCode(200)
                .body("requests[0].path", equalTo("/auth/user/emailpass"))
                .body("requests[0].status", equalTo(429));
    }
}
