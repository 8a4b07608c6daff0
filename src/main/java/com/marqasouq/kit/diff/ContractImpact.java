package com.marqasouq.kit.diff;

import com.marqasouq.kit.conformance.report.FeatureCatalogue;
import com.marqasouq.kit.conformance.report.PlannedScenario;
import com.marqasouq.kit.conformance.report.SummaryBuilder;
import com.marqasouq.kit.contract.diff.SpecChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;

/**
 * What a change to an operation or webhook touches: the document's flows that call the
 * operation, and the conformance scenarios that exercise it (tagged {@code @op:<operationId>}, or
 * {@code @webhook:<event>} for a webhook payload).
 */
public final class ContractImpact {

    /** A flow of the document: its tag name ({@code sync-new-orders}) and label. */
    public record Flow(String name, String label) {}

    private final List<PlannedScenario> scenarios;
    private final Map<String, String> labels;
    private final Map<String, Set<String>> operationsByFlow;

    ContractImpact(List<PlannedScenario> scenarios, Map<String, String> labels, Map<String, Set<String>> documented) {
        this.scenarios = scenarios;
        this.labels = labels;
        this.operationsByFlow = new LinkedHashMap<>();
        documented.forEach((flow, ops) -> operationsByFlow.put(flow, new LinkedHashSet<>(ops)));
        for (PlannedScenario scenario : scenarios) {
            for (String flow : scenario.tagValues("@flow:")) {
                operationsByFlow
                        .computeIfAbsent(flow, f -> new LinkedHashSet<>())
                        .addAll(scenario.tagValues("@op:"));
            }
        }
    }

    /** The features shipped in the jar, the conformance summary's flow labels and the document's flows. */
    public static ContractImpact load() {
        List<PlannedScenario> scenarios = FeatureCatalogue.load();
        Map<String, String> labels = SummaryBuilder.flows(scenarios);
        return new ContractImpact(scenarios, labels, DocumentFlows.load());
    }

    /** The flows that call the changed operation (for a webhook: those of the scenarios that check it). */
    public List<Flow> flowsOf(SpecChange change) {
        Set<String> names = new LinkedHashSet<>();
        if (change.webhook() != null) {
            scenariosOf(change).forEach(s -> names.addAll(s.tagValues("@flow:")));
        } else {
            for (Entry<String, Set<String>> flow : operationsByFlow.entrySet()) {
                if (flow.getValue().contains(change.operationId())) {
                    names.add(flow.getKey());
                }
            }
        }
        List<Flow> flows = new ArrayList<>();
        // In the summary's order: the document's flows first.
        for (String name : labels.keySet()) {
            if (names.remove(name)) {
                flows.add(new Flow(name, labels.get(name)));
            }
        }
        names.forEach(name -> flows.add(new Flow(name, name)));
        return flows;
    }

    /** The conformance scenarios that exercise the changed operation or webhook. */
    public List<PlannedScenario> scenariosOf(SpecChange change) {
        String tag = change.webhook() != null ? "@webhook:" + change.webhook() : "@op:" + change.operationId();
        return scenarios.stream().filter(s -> s.hasTag(tag)).toList();
    }

    /** The tag a scenario carries when it exercises the changed operation or webhook. */
    public static String tagOf(SpecChange change) {
        return change.webhook() != null ? "@webhook:" + change.webhook() : "@op:" + change.operationId();
    }
}
