package com.marqasouq.kit.diff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marqasouq.kit.conformance.report.PlannedScenario;
import com.marqasouq.kit.contract.JsonText;
import com.marqasouq.kit.contract.diff.SpecChange;
import com.marqasouq.kit.contract.diff.SpecComparison;

/** A comparison as JSON for tools: the verdicts, then every change with its flows and scenarios. */
public final class DiffJson {

    private DiffJson() {}

    public static String of(SpecComparison comparison, ContractImpact impact, String oldName, String newName) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.putObject("old").put("source", oldName).put("version", comparison.oldVersion());
        root.putObject("new").put("source", newName).put("version", comparison.newVersion());
        root.put("breaksClients", comparison.breaksClients());
        root.put("breaksImplementations", comparison.breaksImplementations());
        ArrayNode changes = root.putArray("changes");
        for (SpecChange change : comparison.changes()) {
            ObjectNode node = changes.addObject();
            node.put("operation", change.operation());
            node.put("operationId", change.operationId());
            if (change.webhook() != null) {
                node.put("webhook", change.webhook());
            }
            node.put("location", change.location());
            node.put("change", change.what());
            node.put("breaksClients", change.breaksClients());
            node.put("breaksImplementations", change.breaksImplementations());
            ArrayNode flows = node.putArray("flows");
            impact.flowsOf(change)
                    .forEach(f -> flows.addObject().put("name", f.name()).put("label", f.label()));
            node.put("scenarioTag", ContractImpact.tagOf(change));
            ArrayNode scenarios = node.putArray("scenarios");
            for (PlannedScenario scenario : impact.scenariosOf(change)) {
                scenarios.addObject().put("name", scenario.name()).put("location", ScenarioRef.location(scenario));
            }
        }
        return JsonText.pretty(root);
    }
}
