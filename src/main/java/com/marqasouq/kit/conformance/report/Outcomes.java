package com.marqasouq.kit.conformance.report;

import com.marqasouq.kit.conformance.findings.Finding;
import com.marqasouq.kit.conformance.findings.RuleSource;
import com.marqasouq.kit.conformance.findings.ScenarioBlocked;
import com.marqasouq.kit.conformance.findings.ScenarioEvidence;
import com.marqasouq.kit.conformance.report.ScenarioOutcome.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Joins the planned scenarios with what happened to them: one outcome each, with its cause if it did not pass. */
public final class Outcomes {
    private Outcomes() {}

    public static List<ScenarioOutcome> of(
            List<PlannedScenario> planned,
            Map<String, String> notRun,
            Map<String, RunResults.Finished> finished,
            Map<String, ScenarioEvidence> evidence) {
        return of(planned, notRun, finished, evidence, "did not run");
    }

    /** As above; a scenario with no result is not run for {@code unfinished} (e.g. the run was interrupted). */
    public static List<ScenarioOutcome> of(
            List<PlannedScenario> planned,
            Map<String, String> notRun,
            Map<String, RunResults.Finished> finished,
            Map<String, ScenarioEvidence> evidence,
            String unfinished) {
        List<ScenarioOutcome> out = new ArrayList<>();
        for (PlannedScenario scenario : planned) {
            out.add(outcome(
                    scenario,
                    notRun.get(scenario.key()),
                    unfinished,
                    finished.get(scenario.key()),
                    evidence.getOrDefault(scenario.key(), ScenarioEvidence.NONE)));
        }
        return out;
    }

    private static ScenarioOutcome outcome(
            PlannedScenario scenario,
            String reason,
            String unfinished,
            RunResults.Finished result,
            ScenarioEvidence evidence) {
        if (reason != null) {
            return new ScenarioOutcome(scenario, Status.NOT_RUN, reason, null, evidence);
        }
        if (result == null) {
            return new ScenarioOutcome(scenario, Status.NOT_RUN, unfinished, null, evidence);
        }
        return switch (result.status()) {
            case PASSED -> new ScenarioOutcome(scenario, Status.PASSED, null, null, evidence);
            case SKIPPED, PENDING -> {
                if (result.error() instanceof ScenarioBlocked) {
                    Finding finding = FailureClassifier.classify(scenario, result, evidence);
                    yield new ScenarioOutcome(scenario, Status.BLOCKED, finding.sentence(), finding, evidence);
                }
                String why = result.error() == null ? "skipped" : FailureClassifier.firstLine(result.error());
                yield new ScenarioOutcome(scenario, Status.NOT_RUN, why.replaceFirst("^not run: ", ""), null, evidence);
            }
            case UNDEFINED -> {
                String text = "a step has no definition: " + result.failingStep();
                Finding finding = new Finding(
                        Finding.Kind.SUITE_DEFECT,
                        "suite|undefined",
                        "the suite",
                        text,
                        null,
                        RuleSource.of(scenario.tags()),
                        null);
                yield new ScenarioOutcome(scenario, Status.FAILED, text, finding, evidence);
            }
            default -> {
                Finding finding = FailureClassifier.classify(scenario, result, evidence);
                yield new ScenarioOutcome(scenario, Status.FAILED, finding.sentence(), finding, evidence);
            }
        };
    }
}
