package com.marqasouq.kit.conformance.findings;

/**
 * A check that failed because the target did something else than the contract says: what was
 * expected and what the target did, in plain words, with the target's own error message if it
 * gave one. The message reads "expected …, got … — the target said: …" with no stack frames.
 */
public class Divergence extends AssertionError {
    private final String operation;
    private final String expected;
    private final String actual;
    private final String targetMessage;
    private final String detail;

    public Divergence(String operation, String expected, String actual, String targetMessage) {
        this(operation, expected, actual, targetMessage, null);
    }

    /**
     * @param detail the values of this one case (e.g. which SKU, which amounts); shown with the
     *     scenario but not part of the cause, so that scenarios with the same fault share one cause
     */
    public Divergence(String operation, String expected, String actual, String targetMessage, String detail) {
        super(text(operation, expected, actual, targetMessage) + (detail == null ? "" : " (" + detail + ")"), null);
        this.operation = operation;
        this.expected = expected;
        this.actual = actual;
        this.targetMessage = targetMessage;
        this.detail = detail;
        setStackTrace(new StackTraceElement[0]);
    }

    /** The values of this one case, or null. */
    public String detail() {
        return detail;
    }

    /** "METHOD /path" of the exchange the check looked at, or null. */
    public String operation() {
        return operation;
    }

    public String expected() {
        return expected;
    }

    public String actual() {
        return actual;
    }

    /** The {@code message} of the target's error body, or null. */
    public String targetMessage() {
        return targetMessage;
    }

    private static String text(String operation, String expected, String actual, String targetMessage) {
        StringBuilder text = new StringBuilder();
        if (operation != null) {
            text.append(operation).append(": ");
        }
        text.append("expected ").append(expected).append(", got ").append(actual);
        if (targetMessage != null && !targetMessage.isBlank()) {
            text.append(" — the target said: \"").append(targetMessage).append('"');
        }
        return text.toString();
    }
}
