package com.marqasouq.kit.cli;

import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.contract.stubs.ForeignStubsException;
import com.marqasouq.kit.contract.stubs.StubGenerator;
import com.marqasouq.kit.contract.stubs.StubWriteReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stubs}: writes the WireMock mappings of the contract. */
@Command(
        name = "stubs",
        mixinStandardHelpOptions = true,
        versionProvider = KitVersionProvider.class,
        header = "Writes the WireMock stubs of the contract.",
        description = {
            "Writes a WireMock mapping for each documented response of each operation, in WireMock's"
                    + " root-dir layout (DIR/mappings/<operationId>*.json). Mappings the kit wrote"
                    + " before are replaced or removed; other files are kept (WireMock serves them"
                    + " too). A file the kit did not write with the name of a new mapping stops the"
                    + " command before anything is written, unless --force is given.",
            "",
            "A stub answers the documented success example. A request without 'Authorization: Bearer"
                    + " ...' gets the 401 (login excepted). 'Prefer: code=NNN' selects another documented"
                    + " response (code=500 the 'default' error response); 'Prefer: example=NAME' another"
                    + " example of a response (the names are listed in the README).",
            "",
            "Serve them with: java -jar wiremock-standalone-3.13.2.jar --root-dir DIR --port 8089"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:written",
            "1:not written: a file the kit did not write is in the way (see --force), or the folder is not writable",
            "2:usage error"
        })
final class StubsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            defaultValue = "stubs",
            description = "WireMock root dir to write to (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(
            names = "--force",
            description = "Replace files the kit did not write when they have the name of a new mapping.")
    boolean force;

    @Override
    public Integer call() {
        String problem = OutputFolder.problem("--output", output);
        if (problem != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), problem);
        }
        Contract contract = Contract.marqasouqOdoo();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            StubWriteReport report = new StubGenerator(contract).writeTo(output, force);
            out.printf(
                    "Wrote %d stub mappings for %d operations of %s %s to %s%n",
                    report.written(),
                    contract.operations().size(),
                    contract.title(),
                    contract.version(),
                    report.mappings());
            if (!report.removed().isEmpty()) {
                out.println("Removed " + report.removed().size() + " mappings of an earlier version: "
                        + String.join(", ", report.removed()));
            }
            if (!report.replaced().isEmpty()) {
                err.println("stubs: replaced (--force) files the kit did not write: "
                        + String.join(", ", report.replaced()));
            }
            if (!report.kept().isEmpty()) {
                err.println("stubs: kept files the kit did not write (WireMock serves them too): "
                        + String.join(", ", report.kept()));
            }
            return ExitCodes.OK;
        } catch (ForeignStubsException e) {
            err.println("stubs: nothing written: " + e.getMessage() + ". Move "
                    + (e.files().size() == 1 ? "it" : "them") + " away, or run again with --force to replace "
                    + (e.files().size() == 1 ? "it." : "them."));
            return ExitCodes.FAILED;
        } catch (IOException e) {
            err.println("stubs: " + OutputFolder.describe("--output", e));
            return ExitCodes.FAILED;
        }
    }
}
