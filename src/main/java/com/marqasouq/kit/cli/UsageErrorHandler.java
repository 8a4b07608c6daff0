package com.marqasouq.kit.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error is the error on one line and where to find the usage on the next, on stderr,
 * exit 2; the full help would bury the one line that matters.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(command.getCommandName() + ": " + e.getMessage() + suggestion(e));
        err.println("Run '" + JarInvocation.command() + helpArguments(command) + "' for usage.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static String suggestion(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                return " (did you mean " + String.join(" or ", suggestions) + "?)";
            }
        }
        return "";
    }

    /** {@code " sandbox --help"} for a command, {@code " --help"} for the kit itself and for {@code help}. */
    private static String helpArguments(CommandLine command) {
        boolean kit = command.getParent() == null || command.getCommandSpec().helpCommand();
        return kit ? " --help" : " " + command.getCommandName() + " --help";
    }
}
