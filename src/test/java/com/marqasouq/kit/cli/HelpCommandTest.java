package com.marqasouq.kit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpCommandTest {

    @Test
    void helpAlonePrintsTheKitsHelp() {
        KitOutput help = KitOutput.run("help");

        assertEquals(0, help.exit);
        assertEquals(KitOutput.run("--help").out(), help.out());
        assertTrue(help.out().contains("  help "), help.out());
    }

    @ParameterizedTest(name = "help {0} prints the same as {0} --help")
    @ValueSource(strings = {"sandbox", "conformance", "stubs", "docs", "help"})
    void helpOfACommandIsThatCommandsHelp(String command) {
        KitOutput help = KitOutput.run("help", command);

        assertEquals(0, help.exit);
        assertEquals(KitOutput.run(command, "--help").out(), help.out());
    }

    @ParameterizedTest(name = "{0} --version names the kit and the contract")
    @ValueSource(strings = {"sandbox", "conformance", "stubs", "docs", "help"})
    void everyCommandGivesTheSameVersionAsTheKit(String command) {
        KitOutput version = KitOutput.run(command, "--version");

        assertEquals(0, version.exit);
        assertEquals(KitOutput.run("--version").out(), version.out());
        assertTrue(version.out().contains("\ncontract: MarqaSouq Odoo Integration API "), version.out());
    }

    @Test
    void theSandboxHelpDocumentsTheExitCodesOfAStopByASignal() {
        String help = KitOutput.run("help", "sandbox").out();

        assertTrue(help.matches("(?s).*\\b130\\b[^\\n]*Ctrl-C \\(SIGINT\\).*"), help);
        assertTrue(help.matches("(?s).*\\b143\\b[^\\n]*SIGTERM.*"), help);
        assertTrue(help.contains("ignores Ctrl-C"), help);
    }

    @ParameterizedTest(name = "{0} --help names the environment variables the sandbox and the suite share")
    @ValueSource(strings = {"sandbox", "conformance"})
    void theSandboxAndTheSuiteDocumentTheSameEnvironmentVariables(String command) {
        String help = KitOutput.run(command, "--help").out();

        for (String variable : new String[] {
            "MARQASOUQ_EMAIL", "MARQASOUQ_PASSWORD", "MARQASOUQ_WEBHOOK_SECRET", "MARQASOUQ_ADMIN_EMAIL"
        }) {
            assertTrue(help.contains(variable), variable + " in\n" + help);
        }
    }
}
