package com.marqasouq.kit.conformance.world;

import com.marqasouq.kit.conformance.http.ApiCall;
import com.marqasouq.kit.conformance.http.ApiClient;
import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.http.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Per-scenario state shared by the step classes (PicoContainer gives each scenario a fresh
 * one): the calls made and the last answer. What the scenario created is kept in typed
 * holders of its own ({@link CreatedProducts}, {@link CreatedCustomers}, {@link PlacedOrders}
 * and those of each noun's steps).
 */
public final class World {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final RunContext run = RunContext.current();
    private final ApiClient client;
    private final List<Exchange> exchanges = new ArrayList<>();
    private final List<String> operations = new ArrayList<>();
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

    public ApiResult last() {
        if (last == null) {
            throw new IllegalStateException("No request was sent in this scenario yet");
        }
        return last;
    }

    private void record(ApiResult result) {
        last = result;
        exchanges.add(result.exchange());
        client.operationOf(result.exchange()).ifPresent(operations::add);
    }

    public List<Exchange> exchanges() {
        return exchanges;
    }

    /** The contract operations this scenario exercised, in call order. */
    public List<String> operations() {
        return operations;
    }

    /** A name no other scenario or run uses, marked with the run id so an operator can find it. */
    public String unique(String prefix) {
        return prefix + "-" + run.runId() + "-" + SEQUENCE.incrementAndGet();
    }
}
