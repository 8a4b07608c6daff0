package com.marqasouq.kit.conformance.report;

/**
 * One line of the conformance summary: an operation, a flow or a webhook event, its verdict, its
 * behaviour (how many MUST and SHOULD scenarios passed, failed, were blocked or did not run) and,
 * for an operation, how many distinct ways its answers broke the response schema.
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
        int blocked,
        int notRun,
        int shapeViolations) {

    /** The verdict of a row. */
    public enum Verdict {
        PASSED("passed"),
        FAILED("failed"),
        BLOCKED("blocked"),
        NOT_RUN("not run"),
        NOT_COVERED("not covered");

        public final String text;

        Verdict(String text) {
            this.text = text;
        }
    }

    /** "ok", "not seen" or "3 violations". */
    public String shapeText(boolean seen) {
        if (!seen) {
            return "not seen";
        }
        return shapeViolations == 0 ? "ok" : shapeViolations + (shapeViolations == 1 ? " violation" : " violations");
    }

    /** "4/1 MUST, 0/0 SHOULD, 2 blocked, 1 not run": passed/failed. */
    public String behaviourText() {
        StringBuilder text = new StringBuilder();
        text.append(mustPassed).append('/').append(mustFailed).append(" MUST");
        if (shouldPassed + shouldFailed > 0) {
            text.append(", ")
                    .append(shouldPassed)
                    .append('/')
                    .append(shouldFailed)
                    .append(" SHOULD");
        }
        if (blocked > 0) {
            text.append(", ").append(blocked).append(" blocked");
        }
        if (notRun > 0) {
            text.append(", ").append(notRun).append(" not run");
        }
        return text.toString();
    }
}
