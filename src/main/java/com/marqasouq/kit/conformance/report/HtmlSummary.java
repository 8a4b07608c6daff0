package com.marqasouq.kit.conformance.report;

import java.util.List;

/** The conformance summary as a self-contained HTML page. */
public final class HtmlSummary {
    private HtmlSummary() {}

    public static String render(ConformanceSummary s) {
        StringBuilder html = new StringBuilder();
        html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Conformance of ")
                .append(esc(s.target()))
                .append("</title><style>")
                .append(
                        "body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;width:100%;margin-bottom:2rem}")
                .append(
                        "th,td{border:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}")
                .append("th{background:#f3f3f3}.passed{color:#0a6b2d}.failed{color:#b00020;font-weight:bold}")
                .append(".not-run,.not-covered{color:#8a6d00}.verdict{font-size:1.3rem;font-weight:bold}")
                .append("</style></head><body>");
        html.append("<h1>Conformance of ")
                .append(esc(s.target()))
                .append("</h1><ul>")
                .append("<li>Kit ")
                .append(esc(s.kitVersion()))
                .append(", contract version ")
                .append(esc(s.contractVersion()))
                .append("</li>")
                .append("<li>Sandbox controls: ")
                .append(s.sandboxControls() ? "available" : "not available")
                .append("</li>")
                .append("<li>Tags: ")
                .append(s.tags() == null ? "all" : "<code>" + esc(s.tags()) + "</code>")
                .append("</li>")
                .append("<li>Finished: ")
                .append(esc(s.finishedAt().toString()))
                .append("</li></ul>");
        html.append("<p class=\"verdict ")
                .append(s.conformant() ? "passed" : "failed")
                .append("\">")
                .append(s.conformant() ? "CONFORMANT" : "NOT CONFORMANT")
                .append("</p><p>MUST: ")
                .append(MarkdownSummary.counts(s.must()))
                .append(" · SHOULD: ")
                .append(MarkdownSummary.counts(s.should()))
                .append("</p>");
        table(html, "Operations", s.operations());
        table(html, "Flows", s.flows());
        table(html, "Webhook events", s.webhooks());
        List<ScenarioOutcome> failed = s.scenarios().stream()
                .filter(o -> o.status() == ScenarioOutcome.Status.FAILED)
                .toList();
        if (!failed.isEmpty()) {
            html.append("<h2>Failed scenarios</h2><ul>");
            for (ScenarioOutcome o : failed) {
                html.append("<li>")
                        .append(o.scenario().should() ? "(SHOULD) " : "")
                        .append(esc(o.scenario().name()))
                        .append(" — <code>")
                        .append(esc(o.scenario().uri().replace("classpath:", "")))
                        .append(':')
                        .append(o.scenario().line())
                        .append("</code>: ")
                        .append(esc(o.detail()))
                        .append("</li>");
            }
            html.append("</ul>");
        }
        return html.append("</body></html>\n").toString();
    }

    private static void table(StringBuilder html, String title, List<SummaryRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        html.append("<h2>")
                .append(esc(title))
                .append("</h2><table><tr><th>name</th><th>verdict</th>")
                .append("<th>MUST passed/failed</th><th>SHOULD passed/failed</th><th>not run</th><th>detail</th></tr>");
        for (SummaryRow r : rows) {
            String css = r.verdict().text.replace(' ', '-');
            html.append("<tr><td>")
                    .append(esc(r.label()))
                    .append("</td><td class=\"")
                    .append(css)
                    .append("\">")
                    .append(r.verdict().text)
                    .append("</td><td>")
                    .append(r.mustPassed())
                    .append('/')
                    .append(r.mustFailed())
                    .append("</td><td>")
                    .append(r.shouldPassed())
                    .append('/')
                    .append(r.shouldFailed())
                    .append("</td><td>")
                    .append(r.notRun())
                    .append("</td><td>")
                    .append(esc(r.detail()))
                    .append("</td></tr>");
        }
        html.append("</table>");
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
