package com.marqasouq.kit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class KitCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine kit = KitCommand.commandLine();
        kit.setOut(new PrintWriter(out, true));
        kit.setErr(new PrintWriter(err, true));
        return kit.execute(args);
    }

    @Test
    void helpListsEveryCommand() {
        assertEquals(0, run("--help"));
        for (String command : new String[] {"sandbox", "conformance", "stubs", "docs"}) {
            assertTrue(out.toString().contains("  " + command + " "), command + " in\n" + out);
        }
    }

    @Test
    void versionNamesTheKitAndTheContract() {
        assertEquals(0, run("--version"));
        assertTrue(
                out.toString()
                        .matches(
                                "(?s)marqasouq-odoo-kit \\d+\\.\\d+\\.\\d+.*\ncontract: MarqaSouq Odoo Integration API "
                                        + java.util.regex.Pattern.quote(
                                                com.marqasouq.kit.contract.Contract.marqasouqOdoo()
                                                        .version())
                                        + " .*"),
                out.toString());
    }

    @Test
    void everyCommandHasHelpAndVersion() {
        for (String command : new String[] {"sandbox", "conformance", "stubs", "docs"}) {
            assertEquals(0, run(command, "--help"), command);
            assertEquals(0, run(command, "--version"), command);
        }
    }

    @Test
    void aBadOptionOrNoCommandIsAUsageError() {
        assertEquals(2, run("--no-such-option"));
        assertEquals(2, run("stubs", "--no-such-option"));
        assertEquals(2, run());
    }

    @Test
    void conformanceRefusesIncompleteOrBadOptionsAsUsageErrors() {
        assertEquals(2, run("conformance"));
        assertEquals(2, run("conformance", "--base-url", "ftp://example.com", "--email", "a@b.c", "--password", "p"));
        assertEquals(2, run("conformance", "--base-url", "http://127.0.0.1:9", "--email", "a@b.c"));
        assertEquals(
                2,
                run(
                        "conformance",
                        "--base-url",
                        "http://127.0.0.1:9",
                        "--email",
                        "a@b.c",
                        "--password",
                        "p",
                        "--tags",
                        "@readonly and"));
        assertTrue(err.toString().contains("--tags is not a valid tag expression"), err.toString());
    }

    @Test
    void conformanceAgainstAnUnreachableTargetExitsWith3() {
        assertEquals(3, run("conformance", "--base-url", "http://127.0.0.1:9", "--email", "a@b.c", "--password", "p"));
    }

    @Test
    void stubsWritesTheMappingsWhereAsked(@TempDir Path dir) throws Exception {
        assertEquals(0, run("stubs", "--output", dir.toString()));
        assertTrue(Files.isRegularFile(dir.resolve("mappings/getOrder.json")));
        int operations =
                com.marqasouq.kit.contract.Contract.marqasouqOdoo().operations().size();
        assertTrue(out.toString().contains("for " + operations + " operations"), out.toString());
    }

    @Test
    void docsWritesThePublishedContractWhereAsked(@TempDir Path dir) throws Exception {
        assertEquals(0, run("docs", "-o", dir.toString()));
        assertTrue(Files.isRegularFile(dir.resolve("index.html")));
        assertTrue(Files.isRegularFile(dir.resolve("openapi.json")));
    }

    @Test
    void aTagIsATagEvenWhenAFolderOfItsNameIsHere() throws Exception {
        // "target" is a folder in the build's working directory: picocli would read "@target" as an argument file.
        int exit = run(
                "conformance",
                "--base-url",
                "http://127.0.0.1:1",
                "--email",
                "a@example.com",
                "--password",
                "x",
                "--tags",
                "@target",
                "--reports",
                java.nio.file.Files.createTempDirectory("tags").toString());

        assertEquals(3, exit, err.toString());
        assertFalse(err.toString().contains("argument file"), err.toString());
    }
}
