package com.marqasouq.kit.conformance.findings;

/**
 * Why one scenario did not pass, as a cause that other scenarios can share: its kind, a key
 * that is equal for the same cause wherever it shows, what the contract expects, what the target
 * did (with its own message), the rule, and the operation the scenario was looking at.
 */
public record Finding(
        Kind kind,
        String key,
        String expected,
        String actual,
        String targetMessage,
        RuleSource rule,
        String operation,
        String detail) {

    public Finding(
            Kind kind,
            String key,
            String expected,
            String actual,
            String targetMessage,
            RuleSource rule,
            String operation) {
        this(kind, key, expected, actual, targetMessage, rule, operation, null);
    }

    /** The kinds of cause, in the order a reader should see them when counts tie. */
    public enum Kind {
        ROUTE_MISSING("route missing"),
        SHAPE("shape"),
        STATUS("status"),
        BEHAVIOUR("behaviour"),
        /** A step's own check failed (not a structured divergence): the step says what was expected. */
        CHECK("behaviour"),
        BLOCKED("blocked"),
        SUITE_DEFECT("suite defect");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** "expected …, got … — the target said: "…"", for a JUnit failure or a console line. */
    public String sentence() {
        StringBuilder text = new StringBuilder();
        if (kind == Kind.BLOCKED) {
            text.append("blocked: ").append(expected).append(" — ").append(actual);
        } else if (kind == Kind.SUITE_DEFECT) {
            text.append(actual);
        } else if (kind == Kind.CHECK) {
            text.append(expected).append(" — not so: ").append(actual);
        } else {
            text.append("expected ").append(expected).append(", got ").append(actual);
        }
        if (detail != null) {
            text.append(" (").append(detail).append(')');
        }
        if (targetMessage != null && !targetMessage.isBlank() && !actual.contains(targetMessage)) {
            text.append(" — the target said: \"").append(targetMessage).append('"');
        }
        return text.toString();
    }
}
