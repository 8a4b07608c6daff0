package com.marqasouq.kit.conformance.report;

import java.util.List;

/** The conformance summary as Markdown, for CI job pages and pull requests. */
public final class MarkdownSummary {
    private MarkdownSummary() {}

    public static String render(ConformanceSummary s) {
        StringBuilder md = new StringBuilder();
        md.append("# Conformance of ").append(s.target()).append("\n\n");
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
        md.append("- Finished: ").append(s.finishedAt()).append("\n\n");
        md.append("**")
                .append(s.conformant() ? "CONFORMANT" : "NOT CONFORMANT")
                .append("** — MUST: ")
                .append(counts(s.must()))
                .append(" · SHOULD: ")
                .append(counts(s.should()))
                .append("\n\n");
        section(md, "Operations", s.operations());
        section(md, "Flows", s.flows());
        section(md, "Webhook events", s.webhooks());
        List<ScenarioOutcome> failed = s.scenarios().stream()
                .filter(o -> o.status() == ScenarioOutcome.Status.FAILED)
                .toList();
        if (!failed.isEmpty()) {
            md.append("## Failed scenarios\n\n");
            for (ScenarioOutcome o : failed) {
                md.append("- ")
                        .append(o.scenario().should() ? "(SHOULD) " : "")
                        .append(cell(o.scenario().name()))
                        .append(" — `")
                        .append(o.scenario().uri().replace("classpath:", ""))
                        .append(':')
                        .append(o.scenario().line())
                        .append("`: ")
                        .append(cell(o.detail()))
                        .append('\n');
            }
            md.append('\n');
        }
        return md.toString();
    }

    static String counts(ConformanceSummary.Counts c) {
        return c.passed() + " passed, " + c.failed() + " failed, " + c.notRun() + " not run";
    }

    private static void section(StringBuilder md, String title, List<SummaryRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        md.append("## ").append(title).append("\n\n");
        md.append("| | name | verdict | MUST passed/failed | SHOULD passed/failed | not run | detail |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (SummaryRow r : rows) {
            md.append("| ")
                    .append(icon(r.verdict()))
                    .append(" | ")
                    .append(cell(r.label()))
                    .append(" | ")
                    .append(r.verdict().text)
                    .append(" | ")
                    .append(r.mustPassed())
                    .append('/')
                    .append(r.mustFailed())
                    .append(" | ")
                    .append(r.shouldPassed())
                    .append('/')
                    .append(r.shouldFailed())
                    .append(" | ")
                    .append(r.notRun())
                    .append(" | ")
                    .append(cell(r.detail()))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static String icon(SummaryRow.Verdict verdict) {
        return switch (verdict) {
            case PASSED -> "✅";
            case FAILED -> "❌";
            case NOT_RUN -> "⏸";
            case NOT_COVERED -> "⚠️";
        };
    }

    private static String cell(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replace("\r", " ").replace("\n", " ").replace("|", "\\|");
        return oneLine.length() > 300 ? oneLine.substring(0, 297) + "..." : oneLine;
    }
}
