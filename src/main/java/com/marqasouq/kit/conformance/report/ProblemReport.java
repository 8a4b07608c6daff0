package com.marqasouq.kit.conformance.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reports of a run that could not start (target unreachable, login refused): still valid
 * files that say why, so a CI job that publishes them shows the problem instead of nothing.
 */
public final class ProblemReport {
    private ProblemReport() {}

    public static void write(String target, String problem, Path reports) throws IOException {
        Files.createDirectories(reports);
        JUnitReport.problem(problem, reports.resolve(ReportFiles.JUNIT));
        Files.writeString(
                reports.resolve(ReportFiles.SUMMARY_MD),
                "# Conformance of " + target + "\n\n**NOT CHECKED** — " + problem + "\n\nNo scenario ran.\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                reports.resolve(ReportFiles.SUMMARY_HTML),
                "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Conformance of "
                        + HtmlSummary.esc(target) + "</title></head><body><h1>Conformance of "
                        + HtmlSummary.esc(target) + "</h1><p><strong>NOT CHECKED</strong> — "
                        + HtmlSummary.esc(problem) + "</p><p>No scenario ran.</p></body></html>\n",
                StandardCharsets.UTF_8);
        // Cucumber's reports of an earlier run would read as this run's.
        Files.writeString(reports.resolve(ReportFiles.CUCUMBER_JSON), "[]\n", StandardCharsets.UTF_8);
        Files.deleteIfExists(reports.resolve(ReportFiles.CUCUMBER_HTML));
        Files.deleteIfExists(reports.resolve(ReportFiles.CUCUMBER_NDJSON));
    }
}
