package com.marqasouq.kit.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code conformance}: placeholder until the suite ({@code com.marqasouq.kit.conformance}) is built in. */
@Command(
    name = "conformance",
    mixinStandardHelpOptions = true,
    versionProvider = KitVersionProvider.class,
    header = "Checks an implementation of the API against the contract (not in this build yet).",
    description = {"Not available in this build yet: it prints a message and exits with code 2."})
final class ConformanceCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Unmatched List<String> arguments;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("conformance: not available in this build yet");
    return ExitCodes.USAGE;
  }
}
