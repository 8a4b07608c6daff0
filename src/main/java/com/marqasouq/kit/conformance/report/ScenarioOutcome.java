package com.marqasouq.kit.conformance.report;

import com.marqasouq.kit.conformance.findings.Finding;
import com.marqasouq.kit.conformance.findings.RuleSource;
import com.marqasouq.kit.conformance.findings.ScenarioEvidence;
import java.util.List;

/**
 * How one planned scenario ended: passed, failed or blocked (with the finding that says why),
 * or not run (with the reason); and what it saw of the target.
 */
public record ScenarioOutcome(
        PlannedScenario scenario, Status status, String detail, Finding finding, ScenarioEvidence evidence) {

    /** The verdicts of the summary. */
    public enum Status {
        PASSED,
        FAILED,
        BLOCKED,
        NOT_RUN
    }

    public List<String> exercised() {
        return evidence.operations();
    }

    public RuleSource rule() {
        return RuleSource.of(scenario.tags());
    }
}
