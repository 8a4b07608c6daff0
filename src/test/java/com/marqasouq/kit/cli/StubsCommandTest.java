package com.marqasouq.kit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StubsCommandTest {

    @TempDir
    Path dir;

    @Test
    void aHandWrittenMappingIsKeptAndNamedOnStderr() throws Exception {
        Path mine = Files.createDirectories(dir.resolve("mappings")).resolve("my-extra-stub.json");
        Files.writeString(mine, "{\"request\": {\"url\": \"/mine\"}, \"response\": {\"status\": 204}}");

        KitOutput run = KitOutput.run("stubs", "--output", dir.toString());

        assertEquals(0, run.exit, run.err());
        assertTrue(Files.exists(mine));
        assertTrue(
                run.err().contains("kept files the kit did not write (WireMock serves them too): my-extra-stub.json"));
    }

    @Test
    void aHandWrittenFileWithTheNameOfAMappingStopsTheCommandBeforeAnythingIsWritten() throws Exception {
        Path mappings = Files.createDirectories(dir.resolve("mappings"));
        Files.writeString(mappings.resolve("getOrder.json"), "{\"hand\": \"written\"}");

        KitOutput run = KitOutput.run("stubs", "--output", dir.toString());

        assertEquals(1, run.exit);
        assertEquals(
                "stubs: nothing written: " + mappings + " holds a file that the kit did not write, with the name of"
                        + " a new mapping: getOrder.json. Move it away, or run again with --force to replace it.",
                run.err().trim());
        assertEquals("{\"hand\": \"written\"}", Files.readString(mappings.resolve("getOrder.json")));
        try (var files = Files.list(mappings)) {
            assertEquals(1, files.count(), "nothing else written");
        }
    }

    @Test
    void forceReplacesTheHandWrittenFileAndSaysSo() throws Exception {
        Path mappings = Files.createDirectories(dir.resolve("mappings"));
        Files.writeString(mappings.resolve("getOrder.json"), "{\"hand\": \"written\"}");

        KitOutput run = KitOutput.run("stubs", "--output", dir.toString(), "--force");

        assertEquals(0, run.exit, run.err());
        assertTrue(Files.readString(mappings.resolve("getOrder.json")).contains("\"operationId\": \"getOrder\""));
        assertTrue(run.err().contains("replaced (--force) files the kit did not write: getOrder.json"), run.err());
    }

    @Test
    void anOutputThatIsAFileIsAUsageErrorNamingTheOption() throws Exception {
        Path file = Files.writeString(dir.resolve("stubs"), "x");

        KitOutput run = KitOutput.run("stubs", "--output", file.toString());

        assertEquals(2, run.exit);
        assertTrue(run.err().startsWith("stubs: --output: " + file + " is a file, not a folder"), run.err());
    }
}
