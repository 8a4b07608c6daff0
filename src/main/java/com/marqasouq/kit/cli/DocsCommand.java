package com.marqasouq.kit.cli;

import com.marqasouq.kit.contract.docs.DocsWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code docs}: writes the published contract. */
@Command(
        name = "docs",
        mixinStandardHelpOptions = true,
        versionProvider = KitVersionProvider.class,
        header = "Writes the published contract (spec files and a Swagger UI page).",
        description = {
            "Writes openapi.yaml (the spec as written), openapi.json (the same content as JSON) and"
                    + " index.html (Swagger UI, self-contained: it opens from disk with no network), plus the"
                    + " same for the sandbox control API (sandbox-control.yaml, .json and .html)."
        })
final class DocsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            defaultValue = "reports/docs",
            description = "Folder to write to (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() {
        try {
            for (Path file : DocsWriter.forKit().writeTo(output)) {
                spec.commandLine().getOut().println("Wrote " + file);
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("docs: " + OutputFolder.describe("--output", e));
            return ExitCodes.FAILED;
        }
    }
}
