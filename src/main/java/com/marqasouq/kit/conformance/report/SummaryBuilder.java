package com.marqasouq.kit.conformance.report;

import com.marqasouq.kit.conformance.findings.ShapeViolation;
import com.marqasouq.kit.conformance.report.ScenarioOutcome.Status;
import com.marqasouq.kit.conformance.report.SummaryRow.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Rows per operation, flow and webhook event, and the scenario counts, from the outcomes of a run. */
public final class SummaryBuilder {
    /** The API document's flows, named as the document names them, in its order. */
    public static final Map<String, String> DOCUMENTED_FLOWS = documentedFlows();

    private SummaryBuilder() {}

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
    public static Map<String, String> flows(List<PlannedScenario> planned) {
        Map<String, String> flows = new LinkedHashMap<>(DOCUMENTED_FLOWS);
        for (PlannedScenario scenario : planned) {
            for (String flow : scenario.tagValues("@flow:")) {
                flows.putIfAbsent(flow, scenario.feature());
            }
        }
        return flows;
    }

    /** One row per name, each judged by the scenarios tagged {@code prefix + name}. */
    public static List<SummaryRow> rows(
            Map<String, String> labelsByName, String tagPrefix, List<ScenarioOutcome> outcomes) {
        Map<String, Set<String>> shapeByOperation = shapeByOperation(outcomes);
        List<SummaryRow> rows = new ArrayList<>();
        for (Map.Entry<String, String> entry : labelsByName.entrySet()) {
            String tag = tagPrefix + entry.getKey();
            int shape = shapeByOperation.getOrDefault(entry.getKey(), Set.of()).size();
            rows.add(row(
                    entry.getKey(),
                    entry.getValue(),
                    outcomes,
                    o -> o.scenario().hasTag(tag),
                    shape));
        }
        return rows;
    }

    /** The operations whose answers the run saw at all (a shape "ok" means something only for those). */
    public static Set<String> seenOperations(List<ScenarioOutcome> outcomes) {
        Set<String> seen = new HashSet<>();
        outcomes.forEach(o -> seen.addAll(o.exercised()));
        return seen;
    }

    private static Map<String, Set<String>> shapeByOperation(List<ScenarioOutcome> outcomes) {
        Map<String, Set<String>> byOperation = new LinkedHashMap<>();
        for (ScenarioOutcome o : outcomes) {
            for (ShapeViolation v : o.evidence().shape()) {
                byOperation
                        .computeIfAbsent(v.operationId(), k -> new LinkedHashSet<>())
                        .add(v.fingerprint());
            }
        }
        return byOperation;
    }

    static SummaryRow row(
            String name,
            String label,
            List<ScenarioOutcome> outcomes,
            Predicate<ScenarioOutcome> belongs,
            int shapeViolations) {
        int[] n = new int[6]; // must passed, must failed, should passed, should failed, blocked, not run
        String firstMustFailure = null;
        String firstShouldFailure = null;
        String firstBlocked = null;
        Set<String> reasons = new LinkedHashSet<>();
        for (ScenarioOutcome o : outcomes) {
            if (!belongs.test(o)) {
                continue;
            }
            boolean should = o.scenario().should();
            String detail = o.scenario().name() + ": " + o.detail();
            switch (o.status()) {
                case PASSED -> n[should ? 2 : 0]++;
                case FAILED -> {
                    n[should ? 3 : 1]++;
                    if (should) {
                        firstShouldFailure = firstShouldFailure == null ? detail : firstShouldFailure;
                    } else {
                        firstMustFailure = firstMustFailure == null ? detail : firstMustFailure;
                    }
                }
                case BLOCKED -> {
                    n[4]++;
                    firstBlocked = firstBlocked == null ? detail : firstBlocked;
                }
                default -> {
                    n[5]++;
                    reasons.add(o.detail());
                }
            }
        }
        int total = n[0] + n[1] + n[2] + n[3] + n[4] + n[5];
        Verdict verdict;
        String detail;
        if (total == 0) {
            verdict = Verdict.NOT_COVERED;
            detail = "no scenario checks it";
        } else if (n[1] > 0 || shapeViolations > 0 || (n[3] > 0 && n[0] == 0)) {
            verdict = Verdict.FAILED;
            detail = firstMustFailure != null ? firstMustFailure : firstShouldFailure;
        } else if (n[0] + n[2] > 0) {
            verdict = Verdict.PASSED;
            detail = n[3] > 0 ? "SHOULD: " + firstShouldFailure : null;
        } else if (n[4] > 0) {
            verdict = Verdict.BLOCKED;
            detail = firstBlocked;
        } else {
            verdict = Verdict.NOT_RUN;
            detail = String.join("; ", reasons);
        }
        return new SummaryRow(name, label, verdict, detail, n[0], n[1], n[2], n[3], n[4], n[5], shapeViolations);
    }

    public static ConformanceSummary.Counts count(List<ScenarioOutcome> outcomes, Predicate<ScenarioOutcome> which) {
        int passed = 0;
        int failed = 0;
        int blocked = 0;
        int notRun = 0;
        for (ScenarioOutcome o : outcomes) {
            if (!which.test(o)) {
                continue;
            }
            if (o.status() == Status.PASSED) {
                passed++;
            } else if (o.status() == Status.FAILED) {
                failed++;
            } else if (o.status() == Status.BLOCKED) {
                blocked++;
            } else {
                notRun++;
            }
        }
        return new ConformanceSummary.Counts(passed, failed, blocked, notRun);
    }
}
