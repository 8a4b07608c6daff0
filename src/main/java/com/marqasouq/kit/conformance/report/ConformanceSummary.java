package com.marqasouq.kit.conformance.report;

import java.time.Duration;
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
        Duration wallTime,
        List<SummaryRow> operations,
        List<SummaryRow> flows,
        List<SummaryRow> webhooks,
        Counts documentMust,
        Counts decisionMust,
        Counts should,
        List<Cause> causes,
        List<ScenarioOutcome> scenarios,
        boolean interrupted) {

    /** Scenario counts of one kind (document MUST, decision MUST or SHOULD). */
    public record Counts(int passed, int failed, int blocked, int notRun) {
        public int total() {
            return passed + failed + blocked + notRun;
        }

        public int ran() {
            return passed + failed;
        }

        Counts plus(Counts other) {
            return new Counts(
                    passed + other.passed, failed + other.failed, blocked + other.blocked, notRun + other.notRun);
        }

        public String text() {
            return passed + " passed, " + failed + " failed, " + blocked + " blocked, " + notRun + " not run";
        }
    }

    /** Every MUST scenario, the document's and the decisions'. */
    public Counts must() {
        return documentMust.plus(decisionMust);
    }

    /** Distinct shape violations (each operation, status and violation once). */
    public long shapeCauses() {
        return causes.stream()
                .filter(c -> c.kind() == com.marqasouq.kit.conformance.findings.Finding.Kind.SHAPE)
                .count();
    }

    public Verdict verdict() {
        if (interrupted) {
            return Verdict.INTERRUPTED;
        }
        if (documentMust.failed() > 0 || shapeCauses() > 0) {
            return Verdict.NOT_CONFORMANT;
        }
        if (decisionMust.failed() > 0) {
            return Verdict.DIFFERS_ON_DECISIONS;
        }
        return Verdict.CONFORMANT;
    }

    /** Conformant when no MUST scenario failed and every answer had the contract's shape. */
    public boolean conformant() {
        return verdict() == Verdict.CONFORMANT;
    }

    /** The run's verdict, as the first line of every report says it. */
    public enum Verdict {
        CONFORMANT("CONFORMANT"),
        DIFFERS_ON_DECISIONS("NOT CONFORMANT to the contract's decisions (the document's own rules hold)"),
        NOT_CONFORMANT("NOT CONFORMANT"),
        INTERRUPTED("INTERRUPTED");

        public final String text;

        Verdict(String text) {
            this.text = text;
        }
    }
}
