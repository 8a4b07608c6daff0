package com.marqasouq.kit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The kit's command line run in-process, as the jar runs it, with its stdout and stderr kept. */
final class KitOutput {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final int exit;

    private KitOutput(String... args) {
        CommandLine kit = KitCommand.commandLine();
        kit.setOut(new PrintWriter(out, true));
        kit.setErr(new PrintWriter(err, true));
        exit = kit.execute(args);
    }

    static KitOutput run(String... args) {
        return new KitOutput(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
