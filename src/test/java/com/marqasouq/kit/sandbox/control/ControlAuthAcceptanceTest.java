package com.marqasouq.kit.sandbox.control;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(RunningSandbox.class)
class ControlAuthAcceptanceTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "POST, /_sandbox/reset",
        "GET, /_sandbox/state",
        "PUT, /_sandbox/state",
        "POST, /_sandbox/orders",
        "GET, /_sandbox/clock",
        "PUT, /_sandbox/clock",
        "POST, /_sandbox/clock/advance",
        "GET, /_sandbox/faults",
        "POST, /_sandbox/faults",
        "DELETE, /_sandbox/faults",
        "GET, /_sandbox/requests"
    })
    void aControlRouteWithoutTokenIsUnauthorizedAndChangesNothing(String method, String path) {
        Map<String, Object> before = StateExport.withoutClock();

        RunningSandbox.controlAnonymous()
                .body("{}")
                .request(method, path)
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer realm=\"marqasouq\""))
                .body("type", equalTo("unauthorized"))
                .body("code", equalTo("UNAUTHORIZED"));

        assertEquals(before, StateExport.withoutClock());
    }

    @Test
    void aControlRouteWithAForgedTokenIsUnauthorized() {
        RunningSandbox.controlAnonymous()
                .header("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")
                .post("/_sandbox/reset")
                .then()
                .statusCode(401)
                .body("type", equalTo("unauthorized"));
    }
}
