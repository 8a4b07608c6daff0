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

    /** "MUST 4 passed, 1 failed; SHOULD 1 passed, 0 failed; 2 blocked; 1 not run". */
    public String behaviourText() {
        StringBuilder text = new StringBuilder();
        text.append("MUST ")
                .append(mustPassed)
                .append(" passed, ")
                .append(mustFailed)
                .append(" failed");
        if (shouldPassed + shouldFailed > 0) {
            text.append("; SHOULD ")
                    .append(shouldPassed)
                    .append(" passed, ")
                    .append(shouldFailed)
                    .append(" failed");
        }
        if (blocked > 0) {
            text.append("; ").append(blocked).append(" blocked");
        }
        if (notRun > 0) {
            text.append("; ").append(notRun).append(" not run");
        }
        return text.toString();
    }
}
