package com.marqasouq.kit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The jar's entry point: {@code java -jar marqasouq-odoo-kit.jar <command>}. */
@Command(name = "marqasouq-odoo-kit",
        mixinStandardHelpOptions = true,
        versionProvider = KitVersion.class,
        description = "Contract, sandbox and conformance suite for the MarqaSouq Odoo Integration API.",
        subcommands = {SandboxCommand.class})
public final class KitCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command; see the list below");
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new KitCommand()).execute(args));
    }
}
