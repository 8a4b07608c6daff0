package com.marqasouq.kit.conformance.report;

import java.util.List;
import java.util.Set;

/** The conformance summary as a self-contained HTML page, in the order of the Markdown one. */
public final class HtmlSummary {
    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2rem;color:#222}"
            + "table{border-collapse:collapse;width:100%;margin-bottom:2rem}"
            + "th,td{border:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}"
            + "th{background:#f3f3f3}.passed{color:#0a6b2d}.failed{color:#b00020;font-weight:bold}"
            + ".blocked,.not-run,.not-covered{color:#8a6d00}.verdict{font-size:1.3rem;font-weight:bold}"
            + "ol li{margin-bottom:.4rem}";

    private HtmlSummary() {}

    public static String render(ConformanceSummary s) {
        StringBuilder html = new StringBuilder();
        html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Conformance of ")
                .append(esc(s.target()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>");
        html.append("<h1>Conformance of ").append(esc(s.target())).append("</h1>");
        html.append("<p class=\"verdict ")
                .append(s.conformant() ? "passed" : "failed")
                .append("\">");
        html.append(esc(Verdicts.headline(s)))
                .append("</p><p>")
                .append(esc(Verdicts.scope(s)))
                .append("</p>");
        html.append("<table><tr><th></th><th>passed</th><th>failed</th><th>blocked</th><th>not run</th></tr>");
        countRow(html, "MUST, the document's rules", s.documentMust());
        countRow(html, "MUST, the contract's decisions", s.decisionMust());
        countRow(html, "SHOULD", s.should());
        html.append("</table><h2>Findings by cause</h2>");
        if (s.causes().isEmpty()) {
            html.append("<p>None: every scenario that ran passed and every answer had the contract's shape.</p>");
        } else {
            html.append("<ol>");
            s.causes().forEach(c -> html.append("<li>").append(esc(c.line(12))).append("</li>"));
            html.append("</ol>");
        }
        Set<String> seen = SummaryBuilder.seenOperations(s.scenarios());
        table(html, "Operations", s.operations(), seen);
        table(html, "Flows", s.flows(), null);
        table(html, "Webhook events", s.webhooks(), null);
        scenarios(html, "Failed scenarios", s.scenarios(), ScenarioOutcome.Status.FAILED);
        scenarios(html, "Blocked scenarios", s.scenarios(), ScenarioOutcome.Status.BLOCKED);
        html.append("<h2>Run</h2><ul><li>Kit ").append(esc(s.kitVersion()));
        html.append(", contract version ").append(esc(s.contractVersion())).append("</li>");
        html.append("<li>Sandbox controls: ").append(s.sandboxControls() ? "available" : "not available");
        html.append("</li><li>Tags: ").append(s.tags() == null ? "all" : "<code>" + esc(s.tags()) + "</code>");
        html.append("</li><li>Finished: ").append(esc(String.valueOf(s.finishedAt())));
        html.append(", wall time ").append(esc(Verdicts.duration(s.wallTime()))).append("</li></ul>");
        return html.append("</body></html>\n").toString();
    }

    private static void countRow(StringBuilder html, String label, ConformanceSummary.Counts c) {
        html.append("<tr><td>").append(esc(label)).append("</td><td>").append(c.passed());
        html.append("</td><td>").append(c.failed()).append("</td><td>").append(c.blocked());
        html.append("</td><td>").append(c.notRun()).append("</td></tr>");
    }

    private static void table(StringBuilder html, String title, List<SummaryRow> rows, Set<String> seen) {
        if (rows.isEmpty()) {
            return;
        }
        html.append("<h2>").append(esc(title)).append("</h2><table><tr><th>name</th><th>verdict</th>");
        html.append(seen == null ? "" : "<th>shape</th>").append("<th>behaviour</th><th>detail</th></tr>");
        for (SummaryRow r : rows) {
            html.append("<tr><td>").append(esc(r.label())).append("</td><td class=\"");
            html.append(r.verdict().text.replace(' ', '-'))
                    .append("\">")
                    .append(r.verdict().text)
                    .append("</td>");
            if (seen != null) {
                html.append("<td>")
                        .append(esc(r.shapeText(seen.contains(r.name()))))
                        .append("</td>");
            }
            html.append("<td>").append(esc(r.behaviourText())).append("</td><td>");
            html.append(esc(r.detail())).append("</td></tr>");
        }
        html.append("</table>");
    }

    private static void scenarios(
            StringBuilder html, String title, List<ScenarioOutcome> all, ScenarioOutcome.Status status) {
        List<ScenarioOutcome> those =
                all.stream().filter(o -> o.status() == status).toList();
        if (those.isEmpty()) {
            return;
        }
        html.append("<h2>").append(esc(title)).append("</h2><ul>");
        for (ScenarioOutcome o : those) {
            html.append("<li>").append(o.scenario().should() ? "(SHOULD) " : "");
            html.append(esc(o.scenario().name())).append(" — <code>");
            html.append(esc(o.scenario().uri().replace("classpath:", "")))
                    .append(':')
                    .append(o.scenario().line());
            html.append("</code> (").append(esc(o.rule().label())).append("): ").append(esc(o.detail()));
            html.append("</li>");
        }
        html.append("</ul>");
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
