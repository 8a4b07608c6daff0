package com.marqasouq.kit.conformance.report;

import com.marqasouq.kit.conformance.report.ScenarioOutcome.Status;
import com.marqasouq.kit.conformance.report.SummaryRow.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Joins the planned scenarios with what happened to them into rows per operation, flow and webhook event. */
public final class SummaryBuilder {
    private final List<PlannedScenario> planned;
    private final Map<String, String> notRun;
    private final Map<String, RunResults.Finished> finished;
    private final Map<String, List<String>> exercised;

    public SummaryBuilder(
            List<PlannedScenario> planned,
            Map<String, String> notRun,
            Map<String, RunResults.Finished> finished,
            Map<String, List<String>> exercised) {
        this.planned = planned;
        this.notRun = notRun;
        this.finished = finished;
        this.exercised = exercised;
    }

    public List<ScenarioOutcome> outcomes() {
        List<ScenarioOutcome> out = new ArrayList<>();
        for (PlannedScenario scenario : planned) {
            out.add(outcome(scenario));
        }
        return out;
    }

    private ScenarioOutcome outcome(PlannedScenario scenario) {
        List<String> ops = exercised.getOrDefault(scenario.key(), List.of());
        String reason = notRun.get(scenario.key());
        if (reason != null) {
            return new ScenarioOutcome(scenario, Status.NOT_RUN, reason, ops);
        }
        RunResults.Finished result = finished.get(scenario.key());
        if (result == null) {
            return new ScenarioOutcome(scenario, Status.NOT_RUN, "did not run", ops);
        }
        return switch (result.status()) {
            case PASSED -> new ScenarioOutcome(scenario, Status.PASSED, null, ops);
            case SKIPPED, PENDING ->
                new ScenarioOutcome(scenario, Status.NOT_RUN, result.error() == null ? "skipped" : result.error(), ops);
            case UNDEFINED ->
                new ScenarioOutcome(scenario, Status.FAILED, "a step has no definition: " + result.failingStep(), ops);
            default ->
                new ScenarioOutcome(
                        scenario,
                        Status.FAILED,
                        (result.failingStep() == null ? "" : result.failingStep() + " — ") + result.error(),
                        ops);
        };
    }

    /** One row per name, each judged by the scenarios tagged {@code prefix + name}. */
    public List<SummaryRow> rows(Map<String, String> labelsByName, String tagPrefix, List<ScenarioOutcome> outcomes) {
        List<SummaryRow> rows = new ArrayList<>();
        for (Map.Entry<String, String> entry : labelsByName.entrySet()) {
            String tag = tagPrefix + entry.getKey();
            rows.add(row(
                    entry.getKey(),
                    entry.getValue(),
                    outcomes,
                    o -> o.scenario().hasTag(tag)));
        }
        return rows;
    }

    /** Every flow named by a {@code @flow:} tag, in the order the features name them. */
    /** The API document's flows, named as the document names them, in its order. */
    static final Map<String, String> DOCUMENTED_FLOWS = documentedFlows();

    private static Map<String, String> documentedFlows() {
        Map<String, String> flows = new LinkedHashMap<>();
        flows.put("sync-new-orders", "Quick Reference 1: sync new orders to Odoo");
        flows.put("sync-stock", "Quick Reference 2: sync stock from Odoo");
        flows.put("sync-new-customers", "Quick Reference 3: sync new customers to Odoo");
        flows.put("order-fulfillment", "Quick Reference 4: update order fulfillment");
        flows.put("odoo-orders", "Section 8: orders for Odoo (/odoo/orders)");
        flows.put("odoo-customers", "Section 8: customers for Odoo (/odoo/customers)");
        flows.put("odoo-inventory", "Section 8: inventory for Odoo (/odoo/inventory)");
        flows.put("python-client-updated", "Python Integration Example (Updated)");
        return flows;
    }

    /** The documented flows first (a flow no scenario checks is "not covered"), then any other @flow: tag. */
    public Map<String, String> flows() {
        Map<String, String> flows = new LinkedHashMap<>(DOCUMENTED_FLOWS);
        for (PlannedScenario scenario : planned) {
            for (String flow : scenario.tagValues("@flow:")) {
                flows.putIfAbsent(flow, scenario.feature());
            }
        }
        return flows;
    }

    static SummaryRow row(
            String name, String label, List<ScenarioOutcome> outcomes, Predicate<ScenarioOutcome> belongs) {
        int mustPassed = 0;
        int mustFailed = 0;
        int shouldPassed = 0;
        int shouldFailed = 0;
        int notRunCount = 0;
        String firstMustFailure = null;
        String firstShouldFailure = null;
        Set<String> reasons = new LinkedHashSet<>();
        for (ScenarioOutcome o : outcomes) {
            if (!belongs.test(o)) {
                continue;
            }
            boolean should = o.scenario().should();
            switch (o.status()) {
                case PASSED -> {
                    if (should) {
                        shouldPassed++;
                    } else {
                        mustPassed++;
                    }
                }
                case FAILED -> {
                    String detail = o.scenario().name() + ": " + o.detail();
                    if (should) {
                        shouldFailed++;
                        firstShouldFailure = firstShouldFailure == null ? detail : firstShouldFailure;
                    } else {
                        mustFailed++;
                        firstMustFailure = firstMustFailure == null ? detail : firstMustFailure;
                    }
                }
                default -> {
                    notRunCount++;
                    reasons.add(o.detail());
                }
            }
        }
        int total = mustPassed + mustFailed + shouldPassed + shouldFailed + notRunCount;
        Verdict verdict;
        String detail;
        if (total == 0) {
            verdict = Verdict.NOT_COVERED;
            detail = "no scenario checks it";
        } else if (mustFailed > 0) {
            verdict = Verdict.FAILED;
            detail = firstMustFailure;
        } else if (mustPassed + shouldPassed > 0) {
            verdict = shouldFailed > 0 && mustPassed == 0 ? Verdict.FAILED : Verdict.PASSED;
            detail = shouldFailed > 0 ? "SHOULD: " + firstShouldFailure : null;
        } else if (shouldFailed > 0) {
            verdict = Verdict.FAILED;
            detail = "SHOULD: " + firstShouldFailure;
        } else {
            verdict = Verdict.NOT_RUN;
            detail = String.join("; ", reasons);
        }
        return new SummaryRow(
                name, label, verdict, detail, mustPassed, mustFailed, shouldPassed, shouldFailed, notRunCount);
    }

    public static ConformanceSummary.Counts count(List<ScenarioOutcome> outcomes, boolean should) {
        int passed = 0;
        int failed = 0;
        int notRunCount = 0;
        for (ScenarioOutcome o : outcomes) {
            if (o.scenario().should() != should) {
                continue;
            }
            switch (o.status()) {
                case PASSED -> passed++;
                case FAILED -> failed++;
                default -> notRunCount++;
            }
        }
        return new ConformanceSummary.Counts(passed, failed, notRunCount);
    }
}
