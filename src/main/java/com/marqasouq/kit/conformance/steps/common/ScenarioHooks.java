package com.marqasouq.kit.conformance.steps.common;

import com.marqasouq.kit.conformance.http.Exchange;
import com.marqasouq.kit.conformance.report.RunResults;
import com.marqasouq.kit.conformance.world.TestData;
import com.marqasouq.kit.conformance.world.World;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.nio.charset.StandardCharsets;
import org.opentest4j.TestAbortedException;

/**
 * Around each scenario: a {@code @readonly} scenario may only read; afterwards, what the
 * scenario saw of the target goes to the report, unchanged --order-id orders go back to the
 * pool, and a failed scenario's HTTP exchanges are attached to its report.
 */
public final class ScenarioHooks {
    private static final String READ_ONLY = "@readonly";

    private final World world;
    private final TestData data;

    public ScenarioHooks(World world, TestData data) {
        this.world = world;
        this.data = data;
    }

    @Before(order = 0)
    public void stopAfterTheFirstFailureWhenAsked() {
        if (world.run().options().failFast() && RunResults.mustFailed()) {
            throw new TestAbortedException("not run: the run stops at the first MUST failure (--fail-fast)");
        }
    }

    @Before(order = 1)
    public void readOnlyScenariosOnlyRead(Scenario scenario) {
        world.readOnly(scenario.getSourceTagNames().contains(READ_ONLY));
    }

    @After
    public void afterScenario(Scenario scenario) {
        RunResults.recordEvidence(RunResults.key(scenario.getUri(), scenario.getLine()), world.evidence());
        data.releaseUnchangedOrders();
        if (scenario.isFailed() && !world.exchanges().isEmpty()) {
            StringBuilder transcript = new StringBuilder();
            for (Exchange exchange : world.exchanges()) {
                transcript.append(exchange.transcript()).append("\n----------------------------------------\n\n");
            }
            scenario.attach(transcript.toString().getBytes(StandardCharsets.UTF_8), "text/plain", "HTTP exchanges");
        }
    }
}
