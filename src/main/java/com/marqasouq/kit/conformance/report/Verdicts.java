package com.marqasouq.kit.conformance.report;

import java.time.Duration;

/** The words every report uses for what a run covered and how long it took. */
final class Verdicts {
    private Verdicts() {}

    /** "231 scenarios ran: 180 passed, 12 failed; 45 blocked; 8 not run (excluded by --tags @auth)". */
    static String scope(ConformanceSummary s) {
        ConformanceSummary.Counts all = s.must().plus(s.should());
        StringBuilder text = new StringBuilder();
        text.append(all.ran()).append(all.ran() == 1 ? " scenario ran" : " scenarios ran");
        text.append(" (")
                .append(all.passed())
                .append(" passed, ")
                .append(all.failed())
                .append(" failed)");
        if (all.blocked() > 0) {
            text.append("; ").append(all.blocked()).append(" blocked by a refused preparation");
        }
        if (all.notRun() > 0) {
            text.append("; ").append(all.notRun()).append(" not run");
            if (s.tags() != null) {
                text.append(" (the selection is --tags ").append(s.tags()).append(")");
            }
        }
        text.append("; ").append(s.causes().size()).append(s.causes().size() == 1 ? " cause" : " causes");
        return text.toString();
    }

    static String duration(Duration d) {
        if (d == null) {
            return "?";
        }
        long seconds = d.toSeconds();
        return seconds >= 60 ? seconds / 60 + " min " + seconds % 60 + " s" : d.toMillis() / 100 / 10.0 + " s";
    }
}
