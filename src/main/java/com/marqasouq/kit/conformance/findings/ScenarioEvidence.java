package com.marqasouq.kit.conformance.findings;

import java.util.List;

/**
 * What one scenario saw of the target, kept for the report: the operations it exercised, how
 * their answers broke the schema, which routes were missing, and the last answer before the end.
 */
public record ScenarioEvidence(
        List<String> operations, List<ShapeViolation> shape, List<String> missingRoutes, LastAnswer lastAnswer) {

    public static final ScenarioEvidence NONE = new ScenarioEvidence(List.of(), List.of(), List.of(), null);

    public ScenarioEvidence {
        operations = List.copyOf(operations);
        shape = List.copyOf(shape);
        missingRoutes = List.copyOf(missingRoutes);
    }

    /** The last answer of the scenario: "METHOD /path", status and the target's message, if any. */
    public record LastAnswer(String request, int status, String targetMessage) {
        public String describe() {
            return "status " + status + (targetMessage == null ? "" : " \"" + targetMessage + "\"");
        }
    }
}
