package com.marqasouq.kit.conformance.report;

import java.util.List;
import java.util.Set;

/**
 * The conformance summary as Markdown, for CI job pages and pull requests. It opens with the
 * verdict and the findings grouped by cause, so that the first screen names every divergence.
 */
public final class MarkdownSummary {
    private MarkdownSummary() {}

    public static String render(ConformanceSummary s) {
        StringBuilder md = new StringBuilder();
        md.append("# Conformance of ").append(s.target()).append("\n\n");
        md.append("**")
                .append(Verdicts.headline(s))
                .append("** — ")
                .append(Verdicts.scope(s))
                .append("\n\n");
        md.append("| | passed | failed | blocked | not run |\n|---|---|---|---|---|\n");
        countRow(md, "MUST, the document's rules", s.documentMust());
        countRow(md, "MUST, the contract's decisions", s.decisionMust());
        countRow(md, "SHOULD", s.should());
        md.append('\n');
        md.append("## Findings by cause\n\n");
        if (s.causes().isEmpty()) {
            md.append("None: every scenario that ran passed and every answer had the contract's shape.\n\n");
        }
        int n = 1;
        for (Cause cause : s.causes()) {
            md.append(n++).append(". ").append(cell(cause.line(6))).append('\n');
        }
        md.append('\n');
        md.append("Rules: `document §N` is the API document's section N; `decision Dn` is explained in the kit's")
                .append(" docs/decisions.md (a target may differ there and still follow the document).\n\n");
        Set<String> seen = SummaryBuilder.seenOperations(s.scenarios());
        section(md, "Operations", s.operations(), seen);
        section(md, "Flows", s.flows(), null);
        section(md, "Webhook events", s.webhooks(), null);
        scenarios(md, "Failed scenarios", s.scenarios(), ScenarioOutcome.Status.FAILED);
        scenarios(md, "Blocked scenarios", s.scenarios(), ScenarioOutcome.Status.BLOCKED);
        md.append("## Run\n\n");
        md.append("- Kit ")
                .append(s.kitVersion())
                .append(", contract version ")
                .append(s.contractVersion())
                .append('\n');
        md.append("- Target: ")
                .append(s.target())
                .append(s.sandboxControls() ? " (sandbox controls available)" : "")
                .append('\n');
        md.append("- Tags: ")
                .append(s.tags() == null ? "all" : "`" + s.tags() + "`")
                .append('\n');
        md.append("- Finished: ").append(s.finishedAt()).append(", wall time ").append(Verdicts.duration(s.wallTime()));
        md.append("\n");
        return md.toString();
    }

    private static void countRow(StringBuilder md, String label, ConformanceSummary.Counts c) {
        md.append("| ")
                .append(label)
                .append(" | ")
                .append(c.passed())
                .append(" | ")
                .append(c.failed());
        md.append(" | ").append(c.blocked()).append(" | ").append(c.notRun()).append(" |\n");
    }

    private static void section(StringBuilder md, String title, List<SummaryRow> rows, Set<String> seen) {
        if (rows.isEmpty()) {
            return;
        }
        md.append("## ").append(title).append("\n\n");
        md.append("| | name | verdict |").append(seen == null ? "" : " shape |").append(" behaviour | detail |\n");
        md.append("|---|---|---|").append(seen == null ? "" : "---|").append("---|---|\n");
        for (SummaryRow r : rows) {
            md.append("| ").append(icon(r.verdict())).append(" | ").append(cell(r.label()));
            md.append(" | ").append(r.verdict().text).append(" | ");
            if (seen != null) {
                md.append(r.shapeText(seen.contains(r.name()))).append(" | ");
            }
            md.append(r.behaviourText()).append(" | ").append(cell(r.detail())).append(" |\n");
        }
        md.append('\n');
    }

    private static void scenarios(
            StringBuilder md, String title, List<ScenarioOutcome> all, ScenarioOutcome.Status status) {
        List<ScenarioOutcome> those =
                all.stream().filter(o -> o.status() == status).toList();
        if (those.isEmpty()) {
            return;
        }
        md.append("## ").append(title).append("\n\n");
        for (ScenarioOutcome o : those) {
            md.append("- ")
                    .append(o.scenario().should() ? "(SHOULD) " : "")
                    .append(cell(o.scenario().name()))
                    .append(" — `")
                    .append(o.scenario().uri().replace("classpath:", ""))
                    .append(':')
                    .append(o.scenario().line())
                    .append("` (")
                    .append(o.rule().label())
                    .append("): ")
                    .append(cell(o.detail()))
                    .append('\n');
        }
        md.append('\n');
    }

    private static String icon(SummaryRow.Verdict verdict) {
        return switch (verdict) {
            case PASSED -> "✅";
            case FAILED -> "❌";
            case BLOCKED -> "⛔";
            case NOT_RUN -> "⏸";
            case NOT_COVERED -> "⚠️";
        };
    }

    static String cell(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replace("\r", " ").replace("\n", " ").replace("|", "\\|");
        return oneLine.length() > 400 ? oneLine.substring(0, 397) + "..." : oneLine;
    }
}
