package com.marqasouq.kit.conformance.steps.common;

import com.marqasouq.kit.conformance.http.Exchange;
import com.marqasouq.kit.conformance.report.RunResults;
import com.marqasouq.kit.conformance.world.World;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.nio.charset.StandardCharsets;
import org.opentest4j.TestAbortedException;

/** After each scenario: the operations it exercised, and its HTTP exchanges in the report if it failed. */
public final class ScenarioHooks {
    private final World world;

    public ScenarioHooks(World world) {
        this.world = world;
    }

    @Before(order = 0)
    public void stopAfterTheFirstFailureWhenAsked() {
        if (world.run().options().failFast() && RunResults.mustFailed()) {
            throw new TestAbortedException("not run: the run stops at the first MUST failure (--fail-fast)");
        }
    }

    @After
    public void afterScenario(Scenario scenario) {
        RunResults.recordExercised(RunResults.key(scenario.getUri(), scenario.getLine()), world.operations());
        if (scenario.isFailed() && !world.exchanges().isEmpty()) {
            StringBuilder transcript = new StringBuilder();
            for (Exchange exchange : world.exchanges()) {
                transcript.append(exchange.transcript()).append("\n----------------------------------------\n\n");
            }
            scenario.attach(transcript.toString().getBytes(StandardCharsets.UTF_8), "text/plain", "HTTP exchanges");
        }
    }
}
