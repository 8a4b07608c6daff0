package com.marqasouq.kit.conformance;

import com.marqasouq.kit.conformance.http.ApiClient;
import com.marqasouq.kit.conformance.http.ContractValidator;
import com.marqasouq.kit.conformance.http.OperationIndex;
import com.marqasouq.kit.conformance.http.Redactor;
import com.marqasouq.kit.conformance.report.Causes;
import com.marqasouq.kit.conformance.report.ConformanceSummary;
import com.marqasouq.kit.conformance.report.ConsoleSummary;
import com.marqasouq.kit.conformance.report.CucumberReports;
import com.marqasouq.kit.conformance.report.FeatureCatalogue;
import com.marqasouq.kit.conformance.report.HtmlSummary;
import com.marqasouq.kit.conformance.report.JUnitReport;
import com.marqasouq.kit.conformance.report.MarkdownSummary;
import com.marqasouq.kit.conformance.report.Outcomes;
import com.marqasouq.kit.conformance.report.PlannedScenario;
import com.marqasouq.kit.conformance.report.ProblemReport;
import com.marqasouq.kit.conformance.report.Progress;
import com.marqasouq.kit.conformance.report.ReportFiles;
import com.marqasouq.kit.conformance.report.RunResults;
import com.marqasouq.kit.conformance.report.ScenarioOutcome;
import com.marqasouq.kit.conformance.report.SummaryBuilder;
import com.marqasouq.kit.conformance.webhook.WebhookReceiver;
import com.marqasouq.kit.conformance.world.RunContext;
import com.marqasouq.kit.conformance.world.TestData;
import com.marqasouq.kit.contract.Contract;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One conformance run: probe the target, run the selected scenarios, write the reports, give the verdict. */
public final class ConformanceRunner {
    public static final int CONFORMANT = 0;
    public static final int NOT_CONFORMANT = 1;
    public static final int USAGE = 2;
    public static final int UNREACHABLE = 3;

    /** Parsing the specs takes a while; they do not change between runs of one process. */
    private static final ContractValidator VALIDATOR = new ContractValidator();

    private final PrintStream out;
    private final PrintStream err;
    private ConformanceSummary summary;

    public ConformanceRunner(PrintStream out) {
        this(out, out);
    }

    public ConformanceRunner(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs and returns the exit code; the summary is in {@link #lastSummary()}. */
    public int run(ConformanceOptions options) throws IOException {
        Instant started = Instant.now();
        Path reports = options.reportsDir().toAbsolutePath();
        TargetProbe.Result probe = new TargetProbe().probe(options);
        if (probe.problem() != null) {
            err.println("conformance: " + probe.problem());
            ProblemReport.write(options.base(), probe.problem(), reports);
            err.println("conformance: reports written to " + reports);
            return UNREACHABLE;
        }
        Files.createDirectories(reports);
        List<PlannedScenario> planned = FeatureCatalogue.load();
        boolean webhooks = probe.sandboxControls() || options.webhookListenPort() != null;
        ScenarioSelection selection = new ScenarioSelection(
                options.tags(),
                probe.sandboxControls(),
                !options.orderIds().isEmpty(),
                options.webhookListenPort() != null,
                options.facts());
        long runnable =
                planned.stream().filter(p -> selection.reasonNotRun(p) == null).count();
        if (runnable == 0) {
            err.println("conformance: no scenario can run against this target with these options"
                    + (options.tags() == null ? "" : " (--tags " + options.tags() + ")"));
            return USAGE;
        }
        String runId = RunIds.next();
        out.println("conformance: " + options.base() + (probe.sandboxControls() ? " (sandbox controls found)" : "")
                + ", run id " + runId);
        RunResults.reset();
        TestData.forgetUsedOrders();
        Progress.install(out, options.progress(), (int) runnable);
        if (options.progress() != Progress.Level.QUIET) {
            out.println("Running " + runnable + " of " + planned.size() + " scenarios, a line per feature:");
        }
        // Ctrl-C or SIGTERM: the reports still say what finished before the run stopped.
        Thread onInterrupt = new Thread(
                () -> interrupted(options, probe.sandboxControls(), planned, selection, started, reports),
                "conformance-interrupted");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        List<String> engineErrors;
        try (WebhookReceiver receiver = webhooks ? startReceiver(options, probe.sandboxControls()) : null) {
            RunContext.install(
                    new RunContext(options, probe.token(), probe.sandboxControls(), runId, VALIDATOR, receiver));
            engineErrors = CucumberLaunch.run(selection.cucumberExpression(), reports);
            engineErrors.forEach(error -> err.println("conformance: " + Redactor.text(error)));
        } finally {
            removeHook(onInterrupt);
        }
        summary = summarize(options, probe.sandboxControls(), planned, selection, started, false);
        writeReports(summary, reports);
        ConsoleSummary.print(summary, out, reports);
        int ran = summary.must().ran() + summary.should().ran();
        if (ran == 0 || !engineErrors.isEmpty()) {
            // Checking nothing is not conformance: the scenarios could not run.
            err.println("conformance: " + (ran == 0 ? "no scenario ran" : "the suite itself failed") + "; see above");
            return NOT_CONFORMANT;
        }
        return summary.conformant() ? CONFORMANT : NOT_CONFORMANT;
    }

    private static void writeReports(ConformanceSummary s, Path reports) throws IOException {
        Files.writeString(reports.resolve(ReportFiles.SUMMARY_MD), MarkdownSummary.render(s), StandardCharsets.UTF_8);
        Files.writeString(reports.resolve(ReportFiles.SUMMARY_HTML), HtmlSummary.render(s), StandardCharsets.UTF_8);
        JUnitReport.write(s, reports.resolve(ReportFiles.JUNIT));
    }

    /** The shutdown hook of an interrupted run: reports of what finished, and a line that says so. */
    private void interrupted(
            ConformanceOptions options,
            boolean sandbox,
            List<PlannedScenario> planned,
            ScenarioSelection selection,
            Instant started,
            Path reports) {
        try {
            ConformanceSummary partial = summarize(options, sandbox, planned, selection, started, true);
            writeReports(partial, reports);
            CucumberReports.closeUnfinished(reports);
            int finished = partial.must().ran()
                    + partial.should().ran()
                    + partial.must().blocked()
                    + partial.should().blocked();
            err.println("conformance: interrupted after " + finished + " scenarios; reports of what finished are in "
                    + reports);
        } catch (IOException | RuntimeException e) {
            err.println("conformance: interrupted; the reports could not be written: " + e.getMessage());
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: the JVM is stopping
        }
    }

    public ConformanceSummary lastSummary() {
        return summary;
    }

    private static WebhookReceiver startReceiver(ConformanceOptions options, boolean sandbox) {
        int port = options.webhookListenPort() == null ? 0 : options.webhookListenPort();
        // A sandbox on this machine reaches us on loopback; a remote target needs every interface.
        return WebhookReceiver.start(port, options.webhookListenPort() == null && sandbox ? "127.0.0.1" : "0.0.0.0");
    }

    private static ConformanceSummary summarize(
            ConformanceOptions options,
            boolean sandbox,
            List<PlannedScenario> planned,
            ScenarioSelection selection,
            Instant started,
            boolean interrupted) {
        List<ScenarioOutcome> outcomes = Outcomes.of(
                planned,
                selection.notRun(planned),
                RunResults.finished(),
                RunResults.evidence(),
                interrupted ? "cut off when the run was interrupted" : "did not run");
        OperationIndex index = ApiClient.operations();
        Map<String, String> labels = index.labels();
        Map<String, String> sections = new LinkedHashMap<>();
        index.operations().forEach(op -> sections.put(op.operationId(), op.section()));
        Contract contract = Contract.marqasouqOdoo();
        Map<String, String> events = new LinkedHashMap<>();
        contract.webhookEvents().forEach(e -> events.put(e.name(), e.name()));
        Instant finished = Instant.now();
        return new ConformanceSummary(
                Contract.kitVersion(),
                contract.version(),
                options.base(),
                sandbox,
                options.tags(),
                finished,
                Duration.between(started, finished),
                SummaryBuilder.rows(labels, "@op:", outcomes),
                SummaryBuilder.rows(SummaryBuilder.flows(planned), "@flow:", outcomes),
                SummaryBuilder.rows(events, "@webhook:", outcomes),
                SummaryBuilder.count(
                        outcomes, o -> !o.scenario().should() && !o.rule().decision()),
                SummaryBuilder.count(
                        outcomes, o -> !o.scenario().should() && o.rule().decision()),
                SummaryBuilder.count(outcomes, o -> o.scenario().should()),
                new Causes(id -> labels.getOrDefault(id, id), sections::get).of(outcomes),
                outcomes,
                interrupted);
    }
}
