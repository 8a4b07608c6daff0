package com.marqasouq.kit.diff;

import com.marqasouq.kit.conformance.report.PlannedScenario;
import com.marqasouq.kit.contract.diff.SpecChange;
import com.marqasouq.kit.contract.diff.SpecComparison;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A comparison of two contract versions as Markdown for people: the verdicts first, then each
 * breaking change grouped by operation with the document's flows and the conformance scenarios
 * it affects, then the other changes, then openapi-diff's own details.
 */
public final class DiffReport {

    private final SpecComparison comparison;
    private final ContractImpact impact;
    private final String oldName;
    private final String newName;

    public DiffReport(SpecComparison comparison, ContractImpact impact, String oldName, String newName) {
        this.comparison = comparison;
        this.impact = impact;
        this.oldName = oldName;
        this.newName = newName;
    }

    public SpecComparison comparison() {
        return comparison;
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Contract diff: ")
                .append(comparison.oldVersion())
                .append(" → ")
                .append(comparison.newVersion())
                .append("\n\nFrom `")
                .append(oldName)
                .append("` to `")
                .append(newName)
                .append("`.\n\n")
                .append("- Breaks clients (code written for the old version, such as an Odoo integration): **")
                .append(yesNo(comparison.breaksClients()))
                .append("**\n- Breaks implementations (a shop that conformed to the old version): **")
                .append(yesNo(comparison.breaksImplementations()))
                .append("**\n- Changes: ")
                .append(comparison.changes().size())
                .append(", of which breaking: ")
                .append(comparison.breaking().size())
                .append("\n");
        if (comparison.unchanged()) {
            return out.append("\nNo change to operations, schemas or webhooks.\n")
                    .toString();
        }
        Map<String, List<SpecChange>> breakingByOperation = byOperation(comparison.breaking());
        if (!breakingByOperation.isEmpty()) {
            out.append("\n## Breaking changes\n");
            breakingByOperation.forEach((operation, changes) -> breaking(out, operation, changes));
        }
        List<SpecChange> others =
                comparison.changes().stream().filter(c -> !c.breaksAnything()).toList();
        if (!others.isEmpty()) {
            out.append(
                    "\n## Other changes (breaking neither side)\n\n| operation | where | change |\n| --- | --- | --- |\n");
            others.forEach(c -> out.append("| `")
                    .append(c.operation())
                    .append("` | ")
                    .append(code(c.location()))
                    .append(" | ")
                    .append(c.what())
                    .append(" |\n"));
        }
        return out.append("\n## Details (openapi-diff)\n\n")
                .append(comparison.details().strip())
                .append("\n")
                .toString();
    }

    private void breaking(StringBuilder out, String operation, List<SpecChange> changes) {
        SpecChange first = changes.get(0);
        out.append("\n### `").append(operation).append("`");
        if (!first.operationId().isEmpty()) {
            out.append(" (").append(first.operationId()).append(")");
        }
        out.append("\n\n");
        for (SpecChange change : changes) {
            out.append("- ")
                    .append(code(change.location()))
                    .append(change.location().isEmpty() ? "" : ": ")
                    .append(change.what())
                    .append(" — breaks ")
                    .append(sides(change))
                    .append("\n");
        }
        List<ContractImpact.Flow> flows = impact.flowsOf(first);
        out.append("\nFlows of the document it affects: ");
        out.append(
                flows.isEmpty()
                        ? "none"
                        : String.join(
                                "; ",
                                flows.stream().map(ContractImpact.Flow::label).toList()));
        List<PlannedScenario> scenarios = impact.scenariosOf(first);
        out.append("\n\nConformance scenarios it affects (")
                .append(ContractImpact.tagOf(first))
                .append("): ")
                .append(scenarios.size())
                .append("\n");
        for (PlannedScenario scenario : scenarios) {
            out.append("- ")
                    .append(ScenarioRef.location(scenario))
                    .append(" ")
                    .append(scenario.name())
                    .append("\n");
        }
    }

    static String sides(SpecChange change) {
        if (change.breaksClients() && change.breaksImplementations()) {
            return "clients and implementations";
        }
        return change.breaksClients() ? "clients" : "implementations";
    }

    static Map<String, List<SpecChange>> byOperation(List<SpecChange> changes) {
        Map<String, List<SpecChange>> grouped = new LinkedHashMap<>();
        changes.forEach(c -> grouped.computeIfAbsent(c.operation(), o -> new java.util.ArrayList<>())
                .add(c));
        return grouped;
    }

    private static String code(String text) {
        return text.isEmpty() ? "" : "`" + text.replace("|", "\\|") + "`";
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
