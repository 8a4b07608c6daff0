package com.marqasouq.kit.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code help [COMMAND]}: the kit's help, or one command's (the same as {@code COMMAND --help}). */
@Command(
        name = "help",
        helpCommand = true,
        mixinStandardHelpOptions = true,
        versionProvider = KitVersionProvider.class,
        header = "Shows the help of the kit, or of one command.",
        description = {"'help COMMAND' prints the same as 'COMMAND --help'."})
final class HelpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "0..1",
            paramLabel = "COMMAND",
            description = "The command to explain: sandbox, conformance, stubs or docs.")
    String command;

    @Override
    public Integer call() {
        CommandLine kit = spec.commandLine().getParent();
        if (command == null) {
            kit.usage(spec.commandLine().getOut());
            return ExitCodes.OK;
        }
        Map<String, CommandLine> commands = kit.getSubcommands();
        CommandLine chosen = commands.get(command);
        if (chosen == null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "unknown command '" + command + "'; the commands are " + String.join(", ", commands.keySet()));
        }
        chosen.usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
