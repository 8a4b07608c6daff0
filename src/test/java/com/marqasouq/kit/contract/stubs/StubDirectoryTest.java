package com.marqasouq.kit.contract.stubs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StubDirectoryTest {

    @TempDir
    Path root;

    private Path mappings() throws Exception {
        return Files.createDirectories(root.resolve("mappings"));
    }

    private static SortedMap<String, String> files(String... names) {
        SortedMap<String, String> files = new TreeMap<>();
        for (String name : names) {
            files.put(name, "{\"id\": \"" + StubMappingJson.idFor(name) + "\"}");
        }
        return files;
    }

    @Test
    void theKitsOwnMappingOfAnEarlierRunIsRemovedWhenTheSpecNoLongerHasIt() throws Exception {
        new StubDirectory(root).write(files("a.json", "gone.json"), false);

        StubWriteReport report = new StubDirectory(root).write(files("a.json"), false);

        assertFalse(Files.exists(mappings().resolve("gone.json")));
        assertEquals(List.of("gone.json"), List.copyOf(report.removed()));
        assertEquals(1, report.written());
    }

    @Test
    void somebodyElsesFilesAreKept() throws Exception {
        Files.writeString(mappings().resolve("mine.json"), "{\"id\": \"5a6d...\"}");
        Files.writeString(mappings().resolve("broken.json"), "not json");
        Files.writeString(mappings().resolve("notes.txt"), "not a mapping");

        StubWriteReport report = new StubDirectory(root).write(files("a.json"), false);

        assertTrue(Files.exists(mappings().resolve("mine.json")));
        assertTrue(Files.exists(mappings().resolve("broken.json")));
        assertTrue(Files.exists(mappings().resolve("notes.txt")));
        assertEquals(List.of("broken.json", "mine.json"), List.copyOf(report.kept()));
    }

    @Test
    void aCopyOfAKitMappingUnderAnotherNameIsSomebodyElses() throws Exception {
        Files.writeString(mappings().resolve("copy.json"), files("a.json").get("a.json"));

        StubWriteReport report = new StubDirectory(root).write(files("a.json"), false);

        assertTrue(Files.exists(mappings().resolve("copy.json")));
        assertEquals(List.of("copy.json"), List.copyOf(report.kept()));
    }

    @Test
    void somebodyElsesFileWithTheNameOfANewMappingStopsTheWriteBeforeAnyChange() throws Exception {
        new StubDirectory(root).write(files("old.json"), false);
        Files.writeString(mappings().resolve("a.json"), "{\"hand\": true}");

        ForeignStubsException refused = assertThrows(
                ForeignStubsException.class, () -> new StubDirectory(root).write(files("a.json", "b.json"), false));

        assertEquals(List.of("a.json"), refused.files());
        assertEquals("{\"hand\": true}", Files.readString(mappings().resolve("a.json")));
        assertTrue(Files.exists(mappings().resolve("old.json")), "the earlier mapping is not removed either");
        assertFalse(Files.exists(mappings().resolve("b.json")));
    }

    @Test
    void replacingForeignFilesIsOnRequestAndReported() throws Exception {
        Files.writeString(mappings().resolve("a.json"), "{\"hand\": true}");

        StubWriteReport report = new StubDirectory(root).write(files("a.json"), true);

        assertEquals(files("a.json").get("a.json"), Files.readString(mappings().resolve("a.json")));
        assertEquals(List.of("a.json"), List.copyOf(report.replaced()));
    }
}
