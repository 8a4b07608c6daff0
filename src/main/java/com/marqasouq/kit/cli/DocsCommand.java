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
        header = "Writes the published contract: specs, pages, changelog and request collections.",
        description = {
            "Writes, all opening from disk with no network:",
            "  index.html            Swagger UI of the OpenAPI 3.1 rendition: operations, the webhook events with"
                    + " their payloads and signature check, each cited decision linked",
            "  openapi.yaml, .json   the 3.0.3 source as written (the source of truth), and as JSON",
            "  openapi-3.1.yaml, .json  the OpenAPI 3.1 rendition",
            "  decisions.html, .md   the contract decisions",
            "  changelog.html, .md   what changed between the releases, and since the last one",
            "  marqasouq-odoo.postman_collection.json, marqasouq-odoo.http  every operation with the"
                    + " document's examples, login first",
            "  sandbox-control.html, .yaml, .json  the sandbox's control API"
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
