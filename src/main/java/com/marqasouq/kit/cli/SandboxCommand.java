package com.marqasouq.kit.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code sandbox}: placeholder until the sandbox ({@code com.marqasouq.kit.sandbox}) is built in. */
@Command(
    name = "sandbox",
    mixinStandardHelpOptions = true,
    versionProvider = KitVersionProvider.class,
    header = "Serves the API with default data, for Odoo developers (not in this build yet).",
    description = {"Not available in this build yet: it prints a message and exits with code 2."})
final class SandboxCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Unmatched List<String> arguments;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("sandbox: not available in this build yet");
    return ExitCodes.USAGE;
  }
}
