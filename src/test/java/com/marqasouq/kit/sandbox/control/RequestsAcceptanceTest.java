package com.marqasouq.kit.sandbox.control;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningSandbox.class)
class RequestsAcceptanceTest {

    @Test
    void theLastRequestsAreListedNewestFirstWithMethodPathQueryAndStatus() {
        RunningSandbox.controlAnonymous().get("/health").then().statusCode(200);
        RunningSandbox.anonymous()
                .queryParam("limit", 5)
                .get("/admin/orders")
                .then()
                .statusCode(401);
        RunningSandbox.anonymous()
                .body(Map.of("email", "admin@marqasouq.com", "password", "admin_password"))
                .post("/auth/user/emailpass")
                .then()
                .statusCode(200);

        RunningSandbox.control()
                .get("/_sandbox/requests")
                .then()
                .statusCode(200)
                .body("requests", hasSize(3))
                .body("requests[0].method", equalTo("POST"))
                .body("requests[0].path", equalTo("/auth/user/emailpass"))
                .body("requests[0].status", equalTo(200))
                .body("requests[1].method", equalTo("GET"))
                .body("requests[1].path", equalTo("/admin/orders"))
                .body("requests[1].query", equalTo("limit=5"))
                .body("requests[1].status", equalTo(401))
                .body("requests[2].path", equalTo("/health"))
                .body("requests[0].sequence", greaterThanOrEqualTo(3))
                .body("requests[0].at", matchesPattern("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    }

    @Test
    void theLimitKeepsTheNewest() {
        for (int i = 0; i < 4; i++) {
            RunningSandbox.controlAnonymous().get("/health?n=" + i).then().statusCode(200);
        }

        RunningSandbox.control()
                .queryParam("limit", 2)
                .get("/_sandbox/requests")
                .then()
                .statusCode(200)
                .body("requests", hasSize(2))
                .body("requests[0].query", equalTo("n=3"))
                .body("requests[1].query", equalTo("n=2"));
    }

    @Test
    void aLimitOutsideOneTo500IsInvalidData() {
        RunningSandbox.controlBadRequest()
                .queryParam("limit", 0)
                .get("/_sandbox/requests")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString("limit"));
        RunningSandbox.controlBadRequest()
                .queryParam("limit", 501)
                .get("/_sandbox/requests")
                .then()
                .statusCode(400)
                .body("message", containsString("limit"));
        RunningSandbox.controlBadRequest()
                .queryParam("limit", "many")
                .get("/_sandbox/requests")
                .then()
                .statusCode(400)
                .body("message", containsString("limit"));
    }
}
