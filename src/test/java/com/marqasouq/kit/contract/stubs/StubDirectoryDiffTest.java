package com.marqasouq.kit.contract.stubs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StubDirectoryDiffTest {

    @TempDir
    Path committed;

    @TempDir
    Path generated;

    @BeforeEach
    void bothFoldersHoldTheSameStub() throws Exception {
        for (Path root : List.of(committed, generated)) {
            Files.writeString(
                    Files.createDirectories(root.resolve("mappings")).resolve("getOrder.json"), "{\n  \"a\": 1\n}\n");
        }
    }

    @Test
    void findsNothingWhenTheFoldersAreEqual() {
        assertEquals(List.of(), StubDirectoryDiff.differences(committed, generated));
    }

    @Test
    void ignoresWindowsLineEnds() throws Exception {
        Files.writeString(committed.resolve("mappings/getOrder.json"), "{\r\n  \"a\": 1\r\n}\r\n");
        assertEquals(List.of(), StubDirectoryDiff.differences(committed, generated));
    }

    @Test
    void reportsAChangedFile() throws Exception {
        Files.writeString(committed.resolve("mappings/getOrder.json"), "{\n  \"a\": 2\n}\n");
        assertEquals(
                List.of("mappings/getOrder.json: differs from what the spec generates"),
                StubDirectoryDiff.differences(committed, generated));
    }

    @Test
    void reportsANewAndARemovedStub() throws Exception {
        Files.writeString(generated.resolve("mappings/getOrder-404.json"), "{}");
        Files.writeString(committed.resolve("mappings/oldOperation.json"), "{}");
        assertEquals(
                List.of(
                        "mappings/getOrder-404.json: missing from the committed stubs",
                        "mappings/oldOperation.json: committed, but no longer generated from the spec"),
                StubDirectoryDiff.differences(committed, generated));
    }
}
