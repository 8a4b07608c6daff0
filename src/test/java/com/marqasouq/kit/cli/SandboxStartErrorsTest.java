package com.marqasouq.kit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sandbox that cannot start says why in one line naming the option, before it listens. */
class SandboxStartErrorsTest {

    @TempDir
    Path dir;

    @Test
    void dataThatIsNotJsonIsOneLineWithLineAndColumnAndNoParserInternals() throws Exception {
        Path data = Files.writeString(
                dir.resolve("data.json"), "{\"format\": \"marqasouq-sandbox-state/1\",\n  \"orders\": [\n}");

        KitOutput run = KitOutput.run("sandbox", "--port", "0", "--data", data.toString());

        assertEquals(1, run.exit);
        assertEquals(
                "sandbox: --data " + data + ": The state document is not valid JSON at line 3, column 1:"
                        + " unexpected close marker '}': expected ']'",
                run.err().trim());
    }

    @Test
    void aStateFileThatIsNotJsonNamesTheStateFileOption() throws Exception {
        Path state = Files.writeString(dir.resolve("state.json"), "{\"format\": ");

        KitOutput run = KitOutput.run("sandbox", "--port", "0", "--state-file", state.toString());

        assertEquals(1, run.exit);
        String err = run.err().trim();
        assertTrue(
                err.startsWith("sandbox: --state-file " + state + ": The state document is not valid JSON at line 1"),
                err);
        assertEquals(1, err.lines().count(), err);
        assertFalse(err.contains("Source") || err.contains("StreamReadFeature") || err.contains("Exception"), err);
    }

    @Test
    void aFolderGivenAsDataOrStateFileIsAUsageErrorNamingTheOption() {
        KitOutput data = KitOutput.run("sandbox", "--port", "0", "--data", dir.toString());
        KitOutput state = KitOutput.run("sandbox", "--port", "0", "--state-file", dir.toString());

        assertEquals(2, data.exit);
        assertTrue(data.err().startsWith("sandbox: --data: " + dir + " is a folder"), data.err());
        assertEquals(2, state.exit);
        assertTrue(state.err().startsWith("sandbox: --state-file: " + dir + " is a folder"), state.err());
    }

    @Test
    void anUnknownHostIsAUsageErrorNamingTheOption() {
        KitOutput run = KitOutput.run("sandbox", "--port", "0", "--host", "no-such-host.invalid");

        assertEquals(2, run.exit);
        assertTrue(run.err().startsWith("sandbox: --host: unknown host 'no-such-host.invalid'"), run.err());
    }
}
