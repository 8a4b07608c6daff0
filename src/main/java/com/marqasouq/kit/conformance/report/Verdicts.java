package com.marqasouq.kit.conformance.report;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The words every report uses for what a run covered and how long it took. */
final class Verdicts {
    private Verdicts() {}

    /** "CONFORMANT for the 33 scenarios that ran" when some did not run, else the verdict alone; "INTERRUPTED after 42 scenarios: …". */
    static String headline(ConformanceSummary s) {
        ConformanceSummary.Counts all = s.must().plus(s.should());
        if (s.interrupted()) {
            return s.verdict().text + " after " + all.ran() + (all.ran() == 1 ? " scenario" : " scenarios")
                    + ": the reports show those that finished";
        }
        if (all.notRun() + all.blocked() == 0) {
            return s.verdict().text;
        }
        return s.verdict().text + " for the " + all.ran() + (all.ran() == 1 ? " scenario" : " scenarios") + " that ran";
    }

    /** "231 scenarios ran (180 passed, 12 failed); 45 blocked …; 8 not run: 8 excluded by --tags @auth; 5 causes". */
    static String scope(ConformanceSummary s) {
        ConformanceSummary.Counts all = s.must().plus(s.should());
        StringBuilder text = new StringBuilder();
        text.append(all.ran()).append(all.ran() == 1 ? " scenario ran" : " scenarios ran");
        if (s.interrupted()) {
            text.append(" before the run was interrupted");
        }
        text.append(" (")
                .append(all.passed())
                .append(" passed, ")
                .append(all.failed())
                .append(" failed)");
        if (all.blocked() > 0) {
            text.append("; ").append(all.blocked()).append(" blocked by a refused preparation");
        }
        if (all.notRun() > 0) {
            text.append("; ").append(all.notRun()).append(" not run: ").append(notRunReasons(s.scenarios()));
        }
        text.append("; ").append(s.causes().size()).append(s.causes().size() == 1 ? " cause" : " causes");
        return text.toString();
    }

    /** "190 excluded by --tags @auth, 8 needs a known sku of the target (--facts)". */
    static String notRunReasons(List<ScenarioOutcome> outcomes) {
        Map<String, Integer> reasons = new LinkedHashMap<>();
        for (ScenarioOutcome o : outcomes) {
            if (o.status() == ScenarioOutcome.Status.NOT_RUN) {
                reasons.merge(o.detail(), 1, Integer::sum);
            }
        }
        StringBuilder text = new StringBuilder();
        reasons.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(4)
                .forEach(e -> text.append(text.length() == 0 ? "" : ", ")
                        .append(e.getValue())
                        .append(' ')
                        .append(e.getKey()));
        if (reasons.size() > 4) {
            text.append(", …");
        }
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
