package com.marqasouq.kit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** A --host the sandbox cannot listen on exactly is refused in one line, before anything starts. */
class SandboxHostOptionTest {

    @ParameterizedTest
    @CsvSource({
        "999.1.1.1, is not a valid IPv4 address",
        "my_host, is not a valid host name",
        "localhost:9000, looks like HOST:PORT",
        "::1::2, is not a valid IPv6 address"
    })
    void anInvalidHostIsAOneLineUsageError(String host, String problem) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new SandboxCommand())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute("--host", host, "--port", "9321");

        assertEquals(2, exit);
        String message = err.toString().trim();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("sandbox: --host \"" + host + "\" " + problem.trim()), message);
        assertEquals("", out.toString(), "no banner");
    }
}
