package com.marqasouq.kit.conformance.report;

import com.marqasouq.kit.conformance.findings.Finding;
import java.util.List;

/**
 * One distinct divergence of the target, however many scenarios showed it: what the contract
 * expects, what the target did (with its own message), where the rule comes from, how many
 * scenarios it touched and which operations.
 */
public record Cause(
        Finding.Kind kind,
        String expected,
        String actual,
        String targetMessage,
        String rule,
        boolean decisionOnly,
        int scenarios,
        List<String> operations) {

    /** The one line a reader sees first: "[kind] expected …; got … — N scenarios · operations — rule". */
    public String line(int maxOperations) {
        StringBuilder text = new StringBuilder("[").append(kind.label).append("] ");
        text.append(statement());
        text.append(" — ").append(scenarios).append(scenarios == 1 ? " scenario" : " scenarios");
        if (!operations.isEmpty()) {
            text.append(" · ").append(operations(maxOperations));
        }
        if (rule != null) {
            text.append(" — ").append(rule);
        }
        return text.toString();
    }

    /** What is wrong, without counts: the sentence of the cause. */
    public String statement() {
        StringBuilder text = new StringBuilder();
        switch (kind) {
            case SHAPE, ROUTE_MISSING, SUITE_DEFECT -> text.append(actual);
            case BLOCKED -> text.append(expected).append(" was refused: ").append(actual);
            case CHECK -> text.append(expected).append(" — not so: ").append(actual);
            default ->
                text.append("expected ").append(expected).append(", got ").append(actual);
        }
        if (targetMessage != null
                && !targetMessage.isBlank()
                && !text.toString().contains(targetMessage)) {
            text.append(kind == Finding.Kind.SHAPE ? " (e.g. \"" : " (the target said: \"")
                    .append(targetMessage)
                    .append("\")");
        }
        return text.toString();
    }

    public String operations(int max) {
        if (operations.size() <= max) {
            return String.join(", ", operations);
        }
        return String.join(", ", operations.subList(0, max)) + " and " + (operations.size() - max) + " more";
    }
}
