package com.marqasouq.kit.conformance.report;

/**
 * One line of the conformance summary: an operation, a flow or a webhook event, its verdict
 * (decided by its MUST scenarios), and how many MUST and SHOULD scenarios passed or failed.
 */
public record SummaryRow(
        String name,
        String label,
        Verdict verdict,
        String detail,
        int mustPassed,
        int mustFailed,
        int shouldPassed,
        int shouldFailed,
        int notRun) {

    /** The verdict of a row. */
    public enum Verdict {
        PASSED("passed"),
        FAILED("failed"),
        NOT_RUN("not run"),
        NOT_COVERED("not covered");

        public final String text;

        Verdict(String text) {
            this.text = text;
        }
    }
}
