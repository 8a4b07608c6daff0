package com.marqasouq.kit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsageErrorHandlerTest {

    @ParameterizedTest(name = "{0} is the error and where to find the usage, on stderr, exit 2")
    @CsvSource(
            delimiter = '|',
            value = {
                "--bogus                                     | marqasouq-odoo-kit: Unknown option: '--bogus' | --help",
                "sandbox --bogus                             | sandbox: Unknown option: '--bogus'            | sandbox --help",
                "sandbox --port 70000                        | sandbox: --port must be from 0 to 65535       | sandbox --help",
                "stubs --output                              | stubs: Missing required parameter             | stubs --help",
                "conformance                                 | conformance: Missing required option          | conformance --help",
                "conformance --base-url ftp://x --email a@b.c --password p | conformance: --base-url must be an http | conformance --help",
                "docs --bogus                                | docs: Unknown option: '--bogus'               | docs --help",
                "help bogus                                  | help: unknown command 'bogus'                 | --help",
                "nonsense                                    | marqasouq-odoo-kit: Unmatched argument        | --help"
            })
    void aUsageErrorIsTheErrorAndOneLineOnUsage(String args, String error, String help) {
        KitOutput run = KitOutput.run(args.trim().split("\\s+"));

        assertEquals(2, run.exit);
        List<String> lines = run.err().lines().toList();
        assertEquals(2, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith(error.trim()), lines.get(0));
        assertEquals("Run 'java -jar marqasouq-odoo-kit.jar " + help.trim() + "' for usage.", lines.get(1));
        assertEquals("", run.out());
    }

    @Test
    void withoutACommandTheErrorNamesTheCommands() {
        KitOutput run = KitOutput.run();

        assertEquals(2, run.exit);
        assertTrue(
                run.err()
                        .startsWith("marqasouq-odoo-kit: missing command; the commands are sandbox, conformance,"
                                + " stubs, docs, diff, help\n"),
                run.err());
    }
}
