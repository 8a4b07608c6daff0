package com.marqasouq.kit.conformance.report;

import java.time.Instant;
import java.util.List;

/** Everything the reports show about one run. */
public record ConformanceSummary(
        String kitVersion,
        String contractVersion,
        String target,
        boolean sandboxControls,
        String tags,
        Instant finishedAt,
        List<SummaryRow> operations,
        List<SummaryRow> flows,
        List<SummaryRow> webhooks,
        Counts must,
        Counts should,
        List<ScenarioOutcome> scenarios) {

    /** Scenario counts of one kind (MUST or SHOULD). */
    public record Counts(int passed, int failed, int notRun) {
        public int total() {
            return passed + failed + notRun;
        }
    }

    /** Conformant when no MUST scenario failed. */
    public boolean conformant() {
        return must.failed() == 0;
    }
}
