package com.marqasouq.kit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxOptionChecksTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "--host {0} is an address of this machine")
    @ValueSource(strings = {"127.0.0.1", "0.0.0.0", "localhost", "::1"})
    void addressesOfThisMachineAreAccepted(String host) {
        assertNull(SandboxOptionChecks.hostProblem(host));
    }

    @ParameterizedTest(name = "--host {0} is refused naming the option")
    @ValueSource(strings = {"no-such-host.invalid", "256.1.1.1", "bad host", "192.0.2.1"})
    void otherHostsAreRefusedNamingTheOption(String host) {
        String problem = SandboxOptionChecks.hostProblem(host);

        assertNotNull(problem);
        assertTrue(problem.startsWith("--host: "), problem);
        assertTrue(problem.contains("127.0.0.1"), "says what works: " + problem);
    }

    @Test
    void dataMustBeAnExistingFile() throws IOException {
        Path file = Files.writeString(dir.resolve("data.json"), "{}");

        assertNull(SandboxOptionChecks.dataProblem(file));
        assertEquals(
                "--data: no such file: " + dir.resolve("none.json"),
                SandboxOptionChecks.dataProblem(dir.resolve("none.json")));
        assertTrue(SandboxOptionChecks.dataProblem(dir).startsWith("--data: " + dir + " is a folder"));
    }

    @Test
    void aStateFileMayBeNewEvenInFoldersStillToCreate() throws IOException {
        assertNull(SandboxOptionChecks.stateFileProblem(dir.resolve("state.json")));
        assertNull(SandboxOptionChecks.stateFileProblem(dir.resolve("new/folders/state.json")));
        assertNull(SandboxOptionChecks.stateFileProblem(Files.writeString(dir.resolve("old.json"), "{}")));
    }

    @Test
    void aStateFileThatCouldNotBeSavedIsRefusedAtStart() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");

        assertTrue(SandboxOptionChecks.stateFileProblem(dir).startsWith("--state-file: " + dir + " is a folder"));
        assertTrue(SandboxOptionChecks.stateFileProblem(file.resolve("state.json"))
                .startsWith("--state-file: " + file + " is not a folder"));
    }

    @Test
    void aBadFileFoundAtStartNamesTheOptionThatGaveIt() {
        Path data = dir.resolve("data.json");
        Path state = dir.resolve("state.json");

        assertEquals(
                "--data " + data + ": not valid",
                SandboxOptionChecks.fileContentProblem(new IOException(data + ": not valid"), data, state));
        assertEquals(
                "--state-file " + state + ": not valid",
                SandboxOptionChecks.fileContentProblem(new IOException(state + ": not valid"), data, state));
    }
}
