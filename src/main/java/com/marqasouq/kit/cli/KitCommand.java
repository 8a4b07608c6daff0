package com.marqasouq.kit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code marqasouq-odoo-kit}: the jar's entry point; each command is a class of its own. */
@Command(
        name = "marqasouq-odoo-kit",
        mixinStandardHelpOptions = true,
        versionProvider = KitVersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        header = "The MarqaSouq Odoo contract kit.",
        description = {
            "The OpenAPI contract of the MarqaSouq Odoo Integration API, with what is built from it: a"
                    + " sandbox to develop Odoo against, a conformance suite to check any implementation,"
                    + " WireMock stubs and the published docs."
        },
        subcommands = {
            SandboxCommand.class,
            ConformanceCommand.class,
            StubsCommand.class,
            DocsCommand.class,
            DiffCommand.class,
            HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the command failed (see its message)", "2:usage error (bad command or option)"},
        footer = {
            "",
            "Run 'java -jar marqasouq-odoo-kit.jar help COMMAND' (or COMMAND --help) for the options of a command."
        })
public final class KitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Without a command: a usage error that names the commands. */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "missing command; the commands are "
                        + String.join(", ", spec.subcommands().keySet()));
    }

    /** A command line for the kit, ready to {@link CommandLine#execute execute}. */
    public static CommandLine commandLine() {
        withoutGroovyClosures();
        return new CommandLine(new KitCommand())
                .setParameterExceptionHandler(new UsageErrorHandler())
                // "--tags @readonly" is a tag, never picocli's @argument-file (even with a folder "readonly" here).
                .setExpandAtFiles(false);
    }

    /**
     * Picocli supports Groovy closures in annotations when Groovy is on the class path, and REST
     * Assured puts it in this jar: looking for closures starts Groovy's runtime, a quarter of a
     * second of every start. The kit's commands use none.
     */
    static void withoutGroovyClosures() {
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
