package com.marqasouq.kit.sandbox.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.marqasouq.kit.sandbox.RunningSandbox;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(RunningSandbox.class)
class BatchUpdateAcceptanceTest {
    private static final String BATCH = "/admin/inventory/batch-update";

    @Test
    void section87sBatchSetsTheNewQuantities() {
        String body = """
                {
                  "updates": [
                    {"sku": "LG-CPFL1625", "stocked_quantity": 10},
                    {"sku": "SLEEVE", "stocked_quantity": 1000}
                  ]
                }""";
        update(body)
                .body("success", equalTo(true))
                .body("updated", equalTo(2))
                .body("results.previous_quantity", equalTo(List.of(2, 605)))
                .body("results.stocked_quantity", equalTo(List.of(10, 1000)));
        assertThat(Stocked.at("LG-CPFL1625"), is(10));
        assertThat(Stocked.at("SLEEVE"), is(1000));
    }

    @Test
    void everyOccurrenceOfASkuRepeatedInOneBatchIsDuplicateAndNoneIsApplied() {
        String body = """
                {
                  "updates": [
                    {"sku": "SLEEVE", "stocked_quantity": 1},
                    {"sku": "LG-CPFL1625", "stocked_quantity": 20},
                    {"sku": "SLEEVE", "stocked_quantity": 2}
                  ]
                }""";
        update(body)
                .body("success", equalTo(false))
                .body("updated", equalTo(1))
                .body("failed", equalTo(2))
                .body("results.status", equalTo(List.of("duplicate", "updated", "duplicate")));
        assertThat(Stocked.at("SLEEVE"), is(605));
        assertThat(Stocked.at("LG-CPFL1625"), is(20));
    }

    @Test
    void aSkuNamedForTwoLocationsInOneBatchIsDuplicateToo() {
        String body = """
                {
                  "updates": [
                    {"sku": "SLEEVE", "stocked_quantity": 1, "location_id": "sloc_01ABC"},
                    {"sku": "SLEEVE", "stocked_quantity": 2, "location_id": "sloc_01OTHER"}
                  ]
                }""";
        update(body)
                .body("results.status", equalTo(List.of("duplicate", "duplicate")))
                .body("results[0].message", containsString("more than once"));
        assertThat(Stocked.at("SLEEVE"), is(605));
    }

    @Test
    void anUnknownLocationIdFailsThatEntryAsNotFound() {
        String body = """
                {
                  "updates": [
                    {"sku": "SLEEVE", "stocked_quantity": 600, "location_id": "sloc_01ABC"},
                    {"sku": "LG-CPFL1625", "stocked_quantity": 9, "location_id": "sloc_nowhere"}
                  ]
                }""";
        update(body)
                .body("success", equalTo(false))
                .body("results.status", equalTo(List.of("updated", "not_found")))
                .body("results[1].message", containsString("sloc_nowhere"));
        assertThat(Stocked.at("SLEEVE"), is(600));
        assertThat(Stocked.at("LG-CPFL1625"), is(2));
    }

    static Stream<Arguments> invalidBatches() {
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
            tooMany.add(Map.of("sku", "LG-CPFL1625", "stocked_quantity", 9));
        }
        List<Map<String, Object>> lastBroken = new ArrayList<>(tooMany.subList(0, 9_999));
        lastBroken.add(Map.of("sku", "", "stocked_quantity", 9));
        return Stream.of(
                arguments(
                        "the last entry of a full batch breaking the contract is named by its index",
                        Map.of("updates", lastBroken),
                        equalTo("updates[9999].sku: size must be between 1 and 255, got \"\"")),
                arguments("an empty batch names the updates", Map.of("updates", List.of()), containsString("updates")),
                arguments(
                        "a batch of more than ten thousand updates names the updates",
                        Map.of("updates", tooMany),
                        containsString("updates")),
                arguments(
                        "a list instead of a batch is refused",
                        "[{\"sku\": \"SLEEVE\", \"stocked_quantity\": 1}]",
                        containsString("JSON object")),
                arguments(
                        "a single update instead of a batch names the missing updates",
                        "{\"sku\": \"SLEEVE\", \"stocked_quantity\": 1}",
                        equalTo("updates: is required")),
                arguments(
                        "an unknown field in an entry is named by its path",
                        """
                        {"updates": [
                          {"sku": "LG-CPFL1625", "stocked_quantity": 30},
                          {"sku": "SLEEVE", "stocked_quantity": 1, "warehouse": "sloc_01ABC"}
                        ]}""",
                        containsString("updates[1].warehouse: unknown field")),
                arguments(
                        "a missing quantity is named by its entry",
                        "{\"updates\": [{\"sku\": \"SLEEVE\"}]}",
                        equalTo("updates[0].stocked_quantity: is required")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBatches")
    void aBodyThatIsNotAValidBatchIsInvalidDataAndNothingIsApplied(
            String behaviour, Object body, Matcher<String> message) {
        RunningSandbox.badRequest()
                .body(body)
                .post(BATCH)
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", message);
        Stocked.assertDefaultStock();
    }

    /** Sends the batch, checked against the contract, and expects a 200 answer. */
    private static ValidatableResponse update(Object body) {
        return RunningSandbox.api().body(body).post(BATCH).then().statusCode(200);
    }
}
