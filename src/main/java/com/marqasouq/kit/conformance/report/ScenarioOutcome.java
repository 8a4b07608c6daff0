package com.marqasouq.kit.conformance.report;

import java.util.List;

/** How one planned scenario ended: passed, failed (with the first failing check) or not run (with why). */
public record ScenarioOutcome(PlannedScenario scenario, Status status, String detail, List<String> exercised) {

    /** The verdicts of the summary. */
    public enum Status {
        PASSED,
        FAILED,
        NOT_RUN
    }
}
