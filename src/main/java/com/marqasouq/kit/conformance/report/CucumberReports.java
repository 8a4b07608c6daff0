package com.marqasouq.kit.conformance.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Cucumber writes its HTML and JSON at the end of a run; a stopped run must not leave them empty. */
public final class CucumberReports {
    private CucumberReports() {}

    /** Replaces empty Cucumber reports of a run that stopped early with valid files that say so. */
    public static void closeUnfinished(Path reports) throws IOException {
        Path json = reports.resolve(ReportFiles.CUCUMBER_JSON);
        if (!Files.exists(json) || Files.size(json) == 0) {
            Files.writeString(json, "[]\n", StandardCharsets.UTF_8);
        }
        Path html = reports.resolve(ReportFiles.CUCUMBER_HTML);
        if (!Files.exists(html) || Files.size(html) == 0) {
            Files.writeString(
                    html,
                    "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Interrupted</title></head>"
                            + "<body><p>The run was interrupted before Cucumber wrote this report; see "
                            + ReportFiles.SUMMARY_HTML + ".</p></body></html>\n",
                    StandardCharsets.UTF_8);
        }
    }
}
