package com.marqasouq.kit.conformance.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** What a CI log shows at the end of a run: the verdict, the counts and the top causes. */
public final class ConsoleSummary {
    static final int CAUSES_SHOWN = 10;

    private ConsoleSummary() {}

    public static void print(ConformanceSummary s, PrintStream out, Path reports) {
        out.println();
        out.println(Verdicts.headline(s) + " — " + s.target());
        out.println("  " + Verdicts.scope(s) + ", in " + Verdicts.duration(s.wallTime()));
        out.println("  MUST, the document's rules:     " + s.documentMust().text());
        out.println("  MUST, the contract's decisions: " + s.decisionMust().text());
        out.println("  SHOULD:                         " + s.should().text());
        List<Cause> causes = s.causes();
        if (!causes.isEmpty()) {
            out.println("Causes, most scenarios first:");
            for (int i = 0; i < Math.min(CAUSES_SHOWN, causes.size()); i++) {
                out.println("  " + (i + 1) + ". " + causes.get(i).line(4));
            }
            if (causes.size() > CAUSES_SHOWN) {
                out.println("  … and " + (causes.size() - CAUSES_SHOWN) + " more causes in "
                        + reports.resolve("conformance-summary.md"));
            }
        }
        out.println("Reports:");
        for (String name : ReportFiles.ALL) {
            out.println("  " + reports.resolve(name));
        }
    }
}
