package com.marqasouq.kit.sandbox.customers;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shared steps of the customer tests: the sandbox clock, a fresh customer, the count of customers. */
final class Customers {
    static final Instant NOW = Instant.parse("2026-02-01T09:00:00.000Z");

    private Customers() {
    }

    static void freezeClockAt(Instant instant) {
        RunningSandbox.sandbox().clock().set(instant, true);
    }

    static String create(String email, String firstName, String lastName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("first_name", firstName);
        body.put("last_name", lastName);
        return RunningSandbox.api().body(body).post("/admin/customers")
                .then().statusCode(200).extract().path("customer.id");
    }

    static int count() {
        return RunningSandbox.api().get("/admin/customers?limit=1").then().statusCode(200).extract().path("count");
    }

    static int countWithEmail(String email) {
        return RunningSandbox.api().queryParam("email", email).get("/admin/customers")
                .then().statusCode(200).extract().path("count");
    }
}
