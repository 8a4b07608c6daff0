package com.marqasouq.kit.cli;

import com.marqasouq.kit.contract.diff.SpecComparison;
import com.marqasouq.kit.contract.diff.SpecDiff;
import com.marqasouq.kit.diff.ContractImpact;
import com.marqasouq.kit.diff.DiffJson;
import com.marqasouq.kit.diff.DiffReport;
import com.marqasouq.kit.diff.SpecSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diff OLD NEW}: what changed between two versions of the contract, and what it breaks. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = KitVersionProvider.class,
        header = "Compares two versions of the contract and says what each change breaks.",
        description = {
            "Compares OLD with NEW (with openapi-diff) and classifies every change: does it break clients"
                    + " (code written for OLD, such as an Odoo integration) and does it break implementations (a"
                    + " shop that conformed to OLD)? For each breaking change it names the operation, the API"
                    + " document's flows that call it (Quick Reference 1-4, the /odoo flows) and the conformance"
                    + " scenarios that exercise it (by their @op: or @webhook: tag). Webhook payloads are compared too.",
            "",
            "OLD and NEW are spec files (YAML or JSON, OpenAPI 3.0 like the source), released versions of this kit"
                    + " (e.g. 1.0.0) or 'working' (the contract this kit ships).",
            "",
            "Prints Markdown, or JSON with --format json; --markdown and --json also write files."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing breaks clients (see --fail-on)",
            "1:a change breaks clients (see --fail-on)",
            "2:usage error, or a spec cannot be read"
        })
final class DiffCommand implements Callable<Integer> {

    enum Format {
        markdown,
        json
    }

    enum FailOn {
        clients,
        implementations,
        any,
        never
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version: a file, a release or 'working'.")
    String oldSpec;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later version: a file, a release or 'working'.")
    String newSpec;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "markdown",
            description = "What to print: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Also write the Markdown report to FILE.")
    Path markdownFile;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the JSON report to FILE.")
    Path jsonFile;

    @Option(
            names = "--fail-on",
            paramLabel = "SIDE",
            defaultValue = "clients",
            description = "Exit 1 when a change breaks: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Override
    public Integer call() {
        SpecSource older;
        SpecSource newer;
        try {
            older = SpecSource.resolve(oldSpec);
            newer = SpecSource.resolve(newSpec);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.USAGE;
        }
        SpecComparison comparison;
        try {
            comparison = SpecDiff.compare(older.document(), newer.document());
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.USAGE;
        }
        ContractImpact impact = ContractImpact.load();
        String markdown = new DiffReport(comparison, impact, older.name(), newer.name()).markdown();
        String json = DiffJson.of(comparison, impact, older.name(), newer.name());
        try {
            write(markdownFile, markdown);
            write(jsonFile, json);
        } catch (IOException e) {
            spec.commandLine().getErr().println("Cannot write the report: " + e);
            return ExitCodes.FAILED;
        }
        spec.commandLine().getOut().print(format == Format.json ? json : markdown);
        spec.commandLine().getOut().flush();
        return fails(comparison) ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private boolean fails(SpecComparison comparison) {
        return switch (failOn) {
            case clients -> comparison.breaksClients();
            case implementations -> comparison.breaksImplementations();
            case any -> comparison.breaksClients() || comparison.breaksImplementations();
            case never -> false;
        };
    }

    private static void write(Path file, String text) throws IOException {
        if (file == null) {
            return;
        }
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
