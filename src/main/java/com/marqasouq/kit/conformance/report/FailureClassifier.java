package com.marqasouq.kit.conformance.report;

import com.marqasouq.kit.conformance.findings.Divergence;
import com.marqasouq.kit.conformance.findings.Finding;
import com.marqasouq.kit.conformance.findings.Finding.Kind;
import com.marqasouq.kit.conformance.findings.MissingData;
import com.marqasouq.kit.conformance.findings.RuleSource;
import com.marqasouq.kit.conformance.findings.ScenarioBlocked;
import com.marqasouq.kit.conformance.findings.ScenarioEvidence;
import com.marqasouq.kit.conformance.findings.ShapeViolation;
import com.marqasouq.kit.conformance.findings.SuiteDefect;

/**
 * Finds the cause of a scenario that did not pass. The order matters: a refused preparation
 * blocks the scenario whatever followed; a missing route explains every check behind it; a
 * check that found no data to look at in an answer that broke its schema is that shape finding.
 */
final class FailureClassifier {
    private FailureClassifier() {}

    static Finding classify(PlannedScenario scenario, RunResults.Finished finished, ScenarioEvidence evidence) {
        RuleSource rule = RuleSource.of(scenario.tags());
        Throwable error = finished.error();
        String operation = operation(scenario, evidence);
        if (error instanceof ScenarioBlocked blocked) {
            return new Finding(
                    Kind.BLOCKED,
                    "blocked|" + Ids.generic(blocked.preparation()) + "|" + Ids.generic(blocked.request()) + "|"
                            + blocked.reason().split(" ")[0],
                    Ids.generic(blocked.preparation()),
                    Ids.generic(blocked.request()) + " answered " + blocked.reason(),
                    null,
                    rule,
                    Ids.generic(blocked.request()));
        }
        if (error instanceof SuiteDefect) {
            String text = error.getMessage();
            return new Finding(
                    Kind.SUITE_DEFECT, "suite|" + Ids.generic(text), "the suite", text, null, rule, operation);
        }
        if (!evidence.missingRoutes().isEmpty()) {
            return new Finding(
                    Kind.ROUTE_MISSING,
                    "route-missing",
                    "the route to exist",
                    "a 404 page that is not the API's (no route)",
                    null,
                    rule,
                    evidence.missingRoutes().get(0));
        }
        if (missingData(error) && !evidence.shape().isEmpty()) {
            ShapeViolation shape = relevant(evidence, error);
            return new Finding(
                    Kind.SHAPE,
                    shape.causeKey(),
                    "an answer with the data to check",
                    shape.where() + " " + shape.problem(),
                    shape.targetMessage(),
                    rule,
                    shape.operationId());
        }
        if (error instanceof Divergence d) {
            Kind kind = d.expected().startsWith("status ") ? Kind.STATUS : Kind.BEHAVIOUR;
            return new Finding(
                    kind,
                    // The target's own reason tells causes apart; without one, the rule does.
                    kind + "|" + Ids.generic(d.expected()) + "|" + Ids.generic(d.actual()) + "|"
                            + (d.targetMessage() == null ? rule.reference() : Ids.generic(d.targetMessage())),
                    Ids.generic(d.expected()),
                    Ids.generic(d.actual()),
                    d.targetMessage(),
                    rule,
                    d.operation() == null ? operation : d.operation(),
                    d.detail());
        }
        String message = firstLine(error);
        ScenarioEvidence.LastAnswer last = evidence.lastAnswer();
        return new Finding(
                Kind.CHECK,
                "check|" + finished.failingPattern() + "|" + rule.reference(),
                finished.failingStep() == null ? "the scenario to pass" : stepWithoutKeyword(finished.failingStep()),
                message,
                last != null && last.status() >= 400 ? last.targetMessage() : null,
                rule,
                operation);
    }

    /** The shape violation that explains the missing data: one naming the field, else the first. */
    private static ShapeViolation relevant(ScenarioEvidence evidence, Throwable error) {
        if (error instanceof MissingData missing) {
            for (ShapeViolation v : evidence.shape()) {
                if (v.problem().contains("`" + missing.field() + "`")) {
                    return v;
                }
            }
        }
        return evidence.shape().get(0);
    }

    /** The check looked for data the answer did not carry (null, another type, no such path). */
    private static boolean missingData(Throwable error) {
        if (error instanceof MissingData
                || error instanceof NullPointerException
                || error instanceof ClassCastException
                || error instanceof IndexOutOfBoundsException) {
            return true;
        }
        String message = error == null ? null : error.getMessage();
        return message != null && (message.contains("was null") || message.contains("but: was <[]>"));
    }

    private static String operation(PlannedScenario scenario, ScenarioEvidence evidence) {
        for (String op : scenario.tagValues("@op:")) {
            if (evidence.operations().contains(op)) {
                return op;
            }
        }
        if (!scenario.tagValues("@op:").isEmpty()) {
            return scenario.tagValues("@op:").get(0);
        }
        return evidence.operations().isEmpty() ? null : evidence.operations().get(0);
    }

    private static String stepWithoutKeyword(String step) {
        String trimmed = step.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(space + 1);
    }

    static String firstLine(Throwable error) {
        if (error == null) {
            return "failed";
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        // Hamcrest: "reason\nExpected: X\n     but: Y" reads better as "reason: expected X, but Y".
        String text = message.strip()
                .replaceFirst("\\s*\n\\s*Expected: ", ": expected ")
                .replaceFirst("\\s*\n\\s*but: ", ", but ");
        String[] lines = text.split("\n");
        StringBuilder out = new StringBuilder(lines[0].strip());
        for (int i = 1; i < Math.min(lines.length, 3); i++) {
            out.append(' ').append(lines[i].strip());
        }
        return com.marqasouq.kit.conformance.http.Redactor.text(out.toString());
    }
}
