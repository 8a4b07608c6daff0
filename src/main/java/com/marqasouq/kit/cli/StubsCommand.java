package com.marqasouq.kit.cli;

import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.contract.stubs.StubGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
                    + " root-dir layout (DIR/mappings/<operationId>*.json). The *.json files already in"
                    + " DIR/mappings are replaced.",
            "",
            "A stub answers the documented success example. A request without 'Authorization: Bearer"
                    + " ...' gets the 401 (login excepted). 'Prefer: code=NNN' selects another documented"
                    + " response (code=500 the 'default' error response); 'Prefer: example=NAME' another"
                    + " example of a response.",
            "",
            "Serve them with: java -jar wiremock-standalone-3.13.2.jar --root-dir DIR --port 9000"
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

    @Override
    public Integer call() {
        Contract contract = Contract.marqasouqOdoo();
        try {
            int count = new StubGenerator(contract).writeTo(output);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Wrote %d stub mappings for %d operations of %s %s to %s%n",
                            count,
                            contract.operations().size(),
                            contract.title(),
                            contract.version(),
                            output.resolve(StubGenerator.MAPPINGS));
            return ExitCodes.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("Cannot write the stubs to " + output + ": " + e);
            return ExitCodes.FAILED;
        }
    }
}
