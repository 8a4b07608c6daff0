package com.marqasouq.kit.conformance.defects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The strict check of a run catches an answer or a webhook the sandbox must never send. */
class StrictReadingOfTheRunTest {
    private static final String LOCATIONS =
            "{\"stock_locations\": [{\"id\": \"sloc_01ABC\", \"name\": \"Main Warehouse\", \"address\": {\"city\":"
                    + " \"Kuwait City\", \"country_code\": \"kw\"}}]}";
    private static final String CREATED =
            "{\"event\": \"customer.created\", \"timestamp\": \"2026-01-30T10:00:00.000Z\","
                    + " \"data\": {\"id\": \"cus_01XYZ789\", \"email\": \"newcustomer@example.com\"}}";

    @Test
    void answersAndWebhooksAsTheSandboxGivesThemPass() {
        assertEquals(Set.of(), StrictReadingOfTheRun.problems(List.of(answer(LOCATIONS), webhook(CREATED))));
    }

    @Test
    void anUndeclaredFieldOrAnotherPrefixIsReportedWithItsRoute() {
        Set<String> problems = StrictReadingOfTheRun.problems(List.of(
                answer(LOCATIONS.replace("\"name\"", "\"region\": \"x\", \"name\"")),
                webhook(CREATED.replace("cus_", "customer_"))));

        assertEquals(2, problems.size(), problems::toString);
        assertTrue(
                problems.stream()
                        .anyMatch(p -> p.startsWith("GET /admin/stock-locations → 200") && p.contains("region")),
                problems::toString);
        assertTrue(
                problems.stream().anyMatch(p -> p.startsWith("webhook customer.created") && p.contains("^cus_")),
                problems::toString);
    }

    private static DefectProxy.Seen answer(String body) {
        return new DefectProxy.Seen(
                new ProxyRequest("GET", "/admin/stock-locations", null, Map.of(), new byte[0]),
                new ProxyResponse(200, Map.of("Content-Type", "application/json"), bytes(body)));
    }

    private static DefectProxy.Seen webhook(String body) {
        return new DefectProxy.Seen(new ProxyRequest("POST", "/__relay/1", null, Map.of(), bytes(body)), null);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
