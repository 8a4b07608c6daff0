package com.marqasouq.kit.conformance.findings;

import org.opentest4j.TestAbortedException;

/**
 * A step that only prepares data (creating a test product, adopting an --order-id) was refused:
 * the scenario cannot check what it was written for. It is reported as blocked, with the refused
 * request and the target's reason, and never counted as a failure of the operation under test.
 */
public final class ScenarioBlocked extends TestAbortedException {
    private final String preparation;
    private final String request;
    private final String reason;

    /**
     * @param preparation what the suite was preparing, e.g. "creating a test product"
     * @param request the refused request, e.g. "POST /admin/products"
     * @param reason what the target answered, e.g. "400: Product options are not provided"
     */
    public ScenarioBlocked(String preparation, String request, String reason) {
        super("blocked: " + preparation + " — " + request + " answered " + reason);
        this.preparation = preparation;
        this.request = request;
        this.reason = reason;
        setStackTrace(new StackTraceElement[0]);
    }

    public String preparation() {
        return preparation;
    }

    public String request() {
        return request;
    }

    public String reason() {
        return reason;
    }
}
