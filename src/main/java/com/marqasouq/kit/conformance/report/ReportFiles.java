package com.marqasouq.kit.conformance.report;

import java.util.List;

/** The files a run writes into its reports folder. */
public final class ReportFiles {
    public static final String SUMMARY_MD = "conformance-summary.md";
    public static final String SUMMARY_HTML = "conformance-summary.html";
    public static final String JUNIT = "junit.xml";
    public static final String CUCUMBER_HTML = "cucumber.html";
    public static final String CUCUMBER_JSON = "cucumber.json";
    public static final String CUCUMBER_NDJSON = "cucumber.ndjson";

    public static final List<String> ALL =
            List.of(SUMMARY_MD, SUMMARY_HTML, CUCUMBER_HTML, JUNIT, CUCUMBER_JSON, CUCUMBER_NDJSON);

    private ReportFiles() {}
}
