package com.marqasouq.kit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conformance command's options and defaults (the run itself is the suite's). */
class ConformanceCommandTest {

    @TempDir
    Path dir;

    @Test
    void aTargetOnThisMachineNeedsNoCredentialsAndSaysWhichItUses() {
        KitOutput run = KitOutput.run(
                "conformance",
                "--base-url",
                "http://127.0.0.1:9",
                "--reports",
                dir.resolve("reports").toString());

        assertEquals(3, run.exit, "unreachable, but past the options: " + run.err() + run.out());
        assertTrue(run.err().contains("logging in as the sandbox's default admin admin@marqasouq.com"), run.err());
    }

    @Test
    void aRemoteTargetWithoutCredentialsIsAUsageError() {
        KitOutput run = KitOutput.run("conformance", "--base-url", "https://staging.example.com");

        assertEquals(2, run.exit);
        assertTrue(run.err().startsWith("conformance: --email and --password"), run.err());
    }

    @Test
    void reportsThatCannotBeAFolderAreAUsageErrorNamingTheOption() throws Exception {
        Path file = Files.writeString(dir.resolve("reports"), "not a folder");

        KitOutput run = KitOutput.run("conformance", "--base-url", "http://127.0.0.1:9", "--reports", file.toString());

        assertEquals(2, run.exit);
        assertTrue(run.err().startsWith("conformance: --reports: " + file + " is a file, not a folder"), run.err());
    }
}
