package com.marqasouq.kit.cli;

import com.marqasouq.kit.conformance.ConformanceOptions;
import com.marqasouq.kit.conformance.ConformanceRunner;
import com.marqasouq.kit.conformance.OperatorFacts;
import com.marqasouq.kit.conformance.report.Progress;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code conformance}: runs the Cucumber suite shipped in the jar against any implementation. */
@Command(
        name = "conformance",
        mixinStandardHelpOptions = true,
        versionProvider = KitVersionProvider.class,
        header = "Checks an implementation of the API against the contract.",
        description = {
            "Replays the Odoo sync flows and the documented behaviour of every operation against"
                    + " --base-url, validating every request and response against the contract, and writes"
                    + " JUnit XML, Cucumber HTML/JSON/NDJSON and a conformance summary (Markdown and HTML).",
            "",
            "Scenarios create their own data, marked with the run id (SKUs, e-mails and handles contain"
                    + " it). Use --tags @readonly against production: those scenarios change nothing."
                    + " Scenarios tagged @sandbox run only where the kit's sandbox controls answer;"
                    + " order-changing scenarios run on other targets only with --order-id."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:conformant (no MUST scenario failed)",
            "1:not conformant (a MUST scenario failed)",
            "2:usage error",
            "3:target unreachable or login refused"
        },
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  MARQASOUQ_EMAIL, MARQASOUQ_PASSWORD  the admin (sandbox and suite alike)",
            "  MARQASOUQ_WEBHOOK_SECRET             the target's webhook secret",
            "  Older names, still read: MARQASOUQ_ADMIN_EMAIL, MARQASOUQ_ADMIN_PASSWORD.",
            "",
            "Against the local sandbox, 'conformance --base-url http://127.0.0.1:9000' needs nothing else."
        })
final class ConformanceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--base-url",
            required = true,
            paramLabel = "URL",
            description = "The implementation to check, e.g. https://staging.example.com or http://127.0.0.1:9000.")
    URI baseUrl;

    @Option(
            names = "--email",
            paramLabel = "E",
            defaultValue = "${env:MARQASOUQ_EMAIL:-${env:MARQASOUQ_ADMIN_EMAIL}}",
            description = "Admin e-mail (default: $MARQASOUQ_EMAIL; for a target on this machine, the"
                    + " sandbox's default admin@marqasouq.com when no e-mail and password are given).")
    String email;

    @Option(
            names = "--password",
            paramLabel = "P",
            defaultValue = "${env:MARQASOUQ_PASSWORD:-${env:MARQASOUQ_ADMIN_PASSWORD}}",
            description = "Admin password (default: $MARQASOUQ_PASSWORD; for a target on this machine,"
                    + " the sandbox's default). Never written to reports or logs.")
    String password;

    @Option(
            names = "--tags",
            paramLabel = "EXPR",
            description = "Cucumber tag expression selecting scenarios, e.g. '@readonly' or '@orders and not @should'.")
    String tags;

    @Option(
            names = "--reports",
            paramLabel = "DIR",
            defaultValue = "reports/conformance",
            description = "Where the reports go (default: ${DEFAULT-VALUE}).")
    Path reports;

    @Option(
            names = "--order-id",
            paramLabel = "ID",
            description = "An order the suite may change (fulfil, cancel, complete); repeatable. Needed for"
                    + " order-changing flows on targets without sandbox controls.")
    List<String> orderIds = new ArrayList<>();

    @Option(
            names = "--webhook-listen",
            paramLabel = "PORT",
            description =
                    "Receive the target's webhooks on this port (all interfaces), at the path /marqasouq/webhook.")
    Integer webhookListen;

    @Option(
            names = "--webhook-secret",
            paramLabel = "whsec_...",
            defaultValue = "${env:MARQASOUQ_WEBHOOK_SECRET}",
            description =
                    "Secret that signs the target's webhooks (or MARQASOUQ_WEBHOOK_SECRET); needed to verify signatures.")
    String webhookSecret;

    @Option(
            names = "--facts",
            paramLabel = "FILE",
            description = "What you know about the target (JSON or YAML): a SKU with its KWD price in fils and"
                    + " stock, an order with its total in fils, a customer, orders the suite may change. Checks"
                    + " that need a fact (e.g. amounts in fils) are not run without it. Example in the README.")
    Path facts;

    @Option(
            names = "--quiet",
            description = "Print only the verdict, the causes and the report paths (no progress lines).")
    boolean quiet;

    @Option(
            names = "--verbose",
            description = "Print a line per scenario as it finishes, besides the line per feature.")
    boolean verbose;

    @Option(
            names = "--fail-fast",
            description = "Stop at the first failed MUST scenario; the rest are reported as not run.")
    boolean failFast;

    @Override
    public Integer call() throws Exception {
        String problem = usageProblem();
        if (problem != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), problem);
        }
        SuiteLogin login;
        try {
            login = SuiteLogin.of(baseUrl, email, password);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (login.sandboxDefault()) {
            spec.commandLine().getErr().println("conformance: " + login.notice());
        }
        OperatorFacts known;
        try {
            known = facts == null ? OperatorFacts.NONE : OperatorFacts.load(facts);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ConformanceOptions options = new ConformanceOptions(
                baseUrl,
                login.email(),
                login.password(),
                tags,
                reports,
                orderIds,
                webhookListen,
                webhookSecret,
                failFast,
                known,
                quiet ? Progress.Level.QUIET : verbose ? Progress.Level.VERBOSE : Progress.Level.NORMAL);
        return new ConformanceRunner(System.out, System.err).run(options);
    }

    private String usageProblem() {
        if (baseUrl.getScheme() == null
                || !(baseUrl.getScheme().equals("http") || baseUrl.getScheme().equals("https"))
                || baseUrl.getHost() == null) {
            return "--base-url must be an http or https URL, got " + baseUrl;
        }
        String reportsProblem = OutputFolder.problem("--reports", reports);
        if (reportsProblem != null) {
            return reportsProblem;
        }
        if (quiet && verbose) {
            return "--quiet and --verbose cannot be used together";
        }
        if (webhookListen != null && (webhookListen < 1 || webhookListen > 65535)) {
            return "--webhook-listen must be a port from 1 to 65535";
        }
        if (tags != null && !tags.isBlank()) {
            try {
                TagExpressionParser.parse(tags);
            } catch (TagExpressionException e) {
                return "--tags is not a valid tag expression: " + e.getMessage();
            }
        }
        return null;
    }
}
