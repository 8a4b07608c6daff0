package com.marqasouq.kit.conformance.world;

import com.marqasouq.kit.conformance.findings.ScenarioEvidence;
import com.marqasouq.kit.conformance.findings.ShapeViolation;
import com.marqasouq.kit.conformance.http.ApiCall;
import com.marqasouq.kit.conformance.http.ApiClient;
import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.http.Exchange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Per-scenario state shared by the step classes (PicoContainer gives each scenario a fresh
 * one): the calls made, the last answer and what the answers showed of the target. What the
 * scenario created is kept in typed holders of its own ({@link CreatedProducts}, {@link
 * CreatedCustomers}, {@link PlacedOrders} and those of each noun's steps).
 */
public final class World {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final RunContext run = RunContext.current();
    private final ApiClient client;
    private final List<Exchange> exchanges = new ArrayList<>();
    private final List<String> operations = new ArrayList<>();
    private final List<ShapeViolation> shape = new ArrayList<>();
    private final Set<String> missingRoutes = new LinkedHashSet<>();
    private ApiResult last;

    public World() {
        this.client = new ApiClient(run, this::record);
    }

    public RunContext run() {
        return run;
    }

    public ApiCall call(String method, String path) {
        return client.call(method, path);
    }

    /** A {@code @readonly} scenario: any request but a read or the login fails as a suite defect. */
    public void readOnly(boolean value) {
        client.readOnly(value);
    }

    public ApiResult last() {
        if (last == null) {
            throw new IllegalStateException("No request was sent in this scenario yet");
        }
        return last;
    }

    private void record(ApiResult result) {
        last = result;
        exchanges.add(result.exchange());
        String operation = client.operationOf(result.exchange()).orElse(null);
        if (operation != null) {
            operations.add(operation);
        }
        result.shape().forEach(v -> shape.add(v.withTargetMessage(result.targetMessage())));
        if (result.exchange().routeMissing()) {
            missingRoutes.add(operation == null ? result.exchange().label() : operation);
        }
    }

    public List<Exchange> exchanges() {
        return exchanges;
    }

    /** The contract operations this scenario exercised, in call order. */
    public List<String> operations() {
        return operations;
    }

    /** What the scenario's answers showed of the target, for the report. */
    public ScenarioEvidence evidence() {
        ScenarioEvidence.LastAnswer lastAnswer = last == null
                ? null
                : new ScenarioEvidence.LastAnswer(
                        last.exchange().label(), last.status(), last.exchange().targetMessage());
        return new ScenarioEvidence(operations, shape, List.copyOf(missingRoutes), lastAnswer);
    }

    /** True when the scenario sent a request other than a read that names {@code id} in its path or body. */
    public boolean wrote(String id) {
        return exchanges.stream()
                .anyMatch(e -> !e.method().equals("GET")
                        && !e.method().equals("HEAD")
                        && (e.path().contains(id)
                                || (e.requestBody() != null && e.requestBody().contains(id))));
    }

    /** A name no other scenario or run uses, marked with the run id so an operator can find it. */
    public String unique(String prefix) {
        return prefix + "-" + run.runId() + "-" + SEQUENCE.incrementAndGet();
    }
}
