package com.marqasouq.kit.conformance;

import com.marqasouq.kit.conformance.http.ApiClient;
import com.marqasouq.kit.conformance.http.ContractValidator;
import com.marqasouq.kit.conformance.http.Redactor;
import com.marqasouq.kit.conformance.report.ConformanceSummary;
import com.marqasouq.kit.conformance.report.FeatureCatalogue;
import com.marqasouq.kit.conformance.report.HtmlSummary;
import com.marqasouq.kit.conformance.report.MarkdownSummary;
import com.marqasouq.kit.conformance.report.PlannedScenario;
import com.marqasouq.kit.conformance.report.RunResults;
import com.marqasouq.kit.conformance.report.ScenarioOutcome;
import com.marqasouq.kit.conformance.report.SummaryBuilder;
import com.marqasouq.kit.conformance.webhook.WebhookReceiver;
import com.marqasouq.kit.conformance.world.RunContext;
import com.marqasouq.kit.contract.Contract;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
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
    private ConformanceSummary summary;

    public ConformanceRunner(PrintStream out) {
        this.out = out;
    }

    /** Runs and returns the exit code; the summary is in {@link #lastSummary()}. */
    public int run(ConformanceOptions options) throws IOException {
        TargetProbe.Result probe = new TargetProbe().probe(options);
        if (probe.problem() != null) {
            out.println("conformance: " + probe.problem());
            return UNREACHABLE;
        }
        Path reports = options.reportsDir().toAbsolutePath();
        Files.createDirectories(reports);
        List<PlannedScenario> planned = FeatureCatalogue.load();
        boolean webhooks = probe.sandboxControls() || options.webhookListenPort() != null;
        ScenarioSelection selection = new ScenarioSelection(
                options.tags(),
                probe.sandboxControls(),
                !options.orderIds().isEmpty(),
                options.webhookListenPort() != null);
        long runnable =
                planned.stream().filter(p -> selection.reasonNotRun(p) == null).count();
        if (runnable == 0) {
            out.println("conformance: no scenario can run against this target with these options"
                    + (options.tags() == null ? "" : " (--tags " + options.tags() + ")"));
            return USAGE;
        }
        String runId = RunIds.next();
        out.println("conformance: " + options.base() + (probe.sandboxControls() ? " (sandbox controls found)" : "")
                + ", run id " + runId);
        RunResults.reset();
        List<String> engineErrors;
        try (WebhookReceiver receiver = webhooks ? startReceiver(options, probe.sandboxControls()) : null) {
            RunContext.install(
                    new RunContext(options, probe.token(), probe.sandboxControls(), runId, VALIDATOR, receiver));
            engineErrors = CucumberLaunch.run(selection.cucumberExpression(), reports);
            engineErrors.forEach(error -> out.println("conformance: " + Redactor.text(error)));
        }
        summary = summarize(options, probe.sandboxControls(), planned, selection);
        Files.writeString(
                reports.resolve("conformance-summary.md"), MarkdownSummary.render(summary), StandardCharsets.UTF_8);
        Files.writeString(
                reports.resolve("conformance-summary.html"), HtmlSummary.render(summary), StandardCharsets.UTF_8);
        printSummary(summary, reports);
        int ran = summary.must().passed()
                + summary.must().failed()
                + summary.should().passed()
                + summary.should().failed();
        if (ran == 0 || !engineErrors.isEmpty()) {
            // Checking nothing is not conformance: the scenarios could not run.
            out.println("conformance: " + (ran == 0 ? "no scenario ran" : "the suite itself failed") + "; see above");
            return NOT_CONFORMANT;
        }
        return summary.conformant() ? CONFORMANT : NOT_CONFORMANT;
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
            ConformanceOptions options, boolean sandbox, List<PlannedScenario> planned, ScenarioSelection selection) {
        SummaryBuilder builder =
                new SummaryBuilder(planned, selection.notRun(planned), RunResults.finished(), RunResults.exercised());
        List<ScenarioOutcome> outcomes = builder.outcomes();
        Contract contract = Contract.marqasouqOdoo();
        Map<String, String> operations = new LinkedHashMap<>();
        ApiClient.operations().operations().forEach(op -> operations.put(op.operationId(), op.label()));
        Map<String, String> events = new LinkedHashMap<>();
        contract.tree().path("x-webhooks").fieldNames().forEachRemaining(e -> events.put(e, e));
        return new ConformanceSummary(
                Contract.kitVersion(),
                contract.version(),
                options.base(),
                sandbox,
                options.tags(),
                Instant.now(),
                builder.rows(operations, "@op:", outcomes),
                builder.rows(builder.flows(), "@flow:", outcomes),
                builder.rows(events, "@webhook:", outcomes),
                SummaryBuilder.count(outcomes, false),
                SummaryBuilder.count(outcomes, true),
                outcomes);
    }

    private void printSummary(ConformanceSummary s, Path reports) {
        List<String> failed = new ArrayList<>();
        s.scenarios().stream()
                .filter(o -> o.status() == ScenarioOutcome.Status.FAILED)
                .limit(10)
                .forEach(o -> failed.add((o.scenario().should() ? "(SHOULD) " : "")
                        + o.scenario().name() + " — " + o.detail()));
        out.println();
        out.println(s.conformant() ? "CONFORMANT" : "NOT CONFORMANT");
        out.println("  MUST:   " + s.must().passed() + " passed, " + s.must().failed() + " failed, "
                + s.must().notRun() + " not run");
        out.println("  SHOULD: " + s.should().passed() + " passed, "
                + s.should().failed() + " failed, " + s.should().notRun() + " not run");
        failed.forEach(f -> out.println("  failed: " + f));
        out.println("Reports:");
        for (String name : List.of(
                "conformance-summary.md",
                "conformance-summary.html",
                "cucumber.html",
                "junit.xml",
                "cucumber.json",
                "cucumber.ndjson")) {
            out.println("  " + reports.resolve(name));
        }
    }
}
