package com.marqasouq.kit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.conformance.report.FeatureCatalogue;
import com.marqasouq.kit.conformance.report.PlannedScenario;
import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.contract.Operation;
import com.marqasouq.kit.contract.WebhookEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The shipped features exercise every operation and every webhook event of the contract, and name no other. */
@Tag("coverage")
class FeatureCoverageTest {
    private static final Contract CONTRACT = Contract.marqasouqOdoo();
    private static final List<String> OPERATIONS =
            CONTRACT.operations().stream().map(Operation::id).toList();
    private static final List<String> EVENTS =
            CONTRACT.webhookEvents().stream().map(WebhookEvent::name).toList();

    @Test
    void everyOperationAndEventOfTheContractHasAScenarioAndEveryTagNamesOne() {
        List<String> gaps = FeatureCoverage.gaps(FeatureCatalogue.load(), OPERATIONS, EVENTS);
        assertEquals(List.of(), gaps, "The features do not cover the contract:\n  " + String.join("\n  ", gaps));
    }

    @Test
    void anOperationWithoutAScenarioIsReported() {
        List<PlannedScenario> all = new ArrayList<>();
        OPERATIONS.stream().skip(1).forEach(op -> all.add(scenario("@op:" + op)));
        EVENTS.forEach(event -> all.add(scenario("@webhook:" + event)));

        assertEquals(
                List.of("no scenario is tagged @op:" + OPERATIONS.get(0) + " (operation of the contract)"),
                FeatureCoverage.gaps(all, OPERATIONS, EVENTS));
    }

    @Test
    void anEventWithoutAScenarioIsReported() {
        List<PlannedScenario> all = new ArrayList<>();
        OPERATIONS.forEach(op -> all.add(scenario("@op:" + op)));

        List<String> gaps = FeatureCoverage.gaps(all, OPERATIONS, EVENTS);
        assertEquals(EVENTS.size(), gaps.size(), gaps.toString());
        assertTrue(
                gaps.contains("no scenario is tagged @webhook:inventory.updated (webhook event of the contract)"),
                gaps.toString());
    }

    @Test
    void aTagNamingNoOperationOrEventIsReported() {
        List<PlannedScenario> all = new ArrayList<>();
        OPERATIONS.forEach(op -> all.add(scenario("@op:" + op)));
        EVENTS.forEach(event -> all.add(scenario("@webhook:" + event)));
        all.add(scenario("@op:listOrder"));
        all.add(scenario("@webhook:order.shipped"));

        assertEquals(
                List.of(
                        "classpath:features/x.feature:3 is tagged @op:listOrder, but the contract has no such operation",
                        "classpath:features/x.feature:3 is tagged @webhook:order.shipped, but the contract has no such webhook event"),
                FeatureCoverage.gaps(all, OPERATIONS, EVENTS));
    }

    private static PlannedScenario scenario(String tag) {
        return new PlannedScenario(
                "Feature", "classpath:features/x.feature", 3, "A scenario", List.of("@readonly", tag));
    }
}
