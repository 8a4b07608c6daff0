package com.marqasouq.kit.sandbox.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void writesANewFile() throws IOException {
        Path file = dir.resolve("state.json");

        AtomicFile.write(file, out -> out.write("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));

        assertEquals("{\"a\":1}", Files.readString(file));
        assertEquals(List.of("state.json"), files());
    }

    @Test
    void replacesAnExistingFileWhole() throws IOException {
        Path file = dir.resolve("state.json");
        Files.writeString(file, "old content that is longer than the new one");

        AtomicFile.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertEquals("new", Files.readString(file));
        assertEquals(List.of("state.json"), files());
    }

    @Test
    void aWriterThatFailsHalfwayLeavesTheOldFileIntactAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("state.json");
        Files.writeString(file, "{\"the\":\"old state\"}");

        IOException failure = assertThrows(
                IOException.class,
                () -> AtomicFile.write(file, out -> {
                    out.write("{\"half\":".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    throw new IOException("disk full");
                }));

        assertEquals("disk full", failure.getMessage());
        assertEquals("{\"the\":\"old state\"}", Files.readString(file));
        assertEquals(List.of("state.json"), files());
    }

    @Test
    void aSerializerThatThrowsAnUncheckedErrorLeavesTheOldFileIntact() throws IOException {
        Path file = dir.resolve("state.json");
        Files.writeString(file, "old");

        assertThrows(
                IllegalStateException.class,
                () -> AtomicFile.write(file, out -> {
                    out.write(new byte[10_000]);
                    throw new IllegalStateException("cannot serialize");
                }));

        assertEquals("old", Files.readString(file));
        assertEquals(List.of("state.json"), files());
    }

    @Test
    void createsTheFoldersItNeeds() throws IOException {
        Path file = dir.resolve("a/b/state.json");

        AtomicFile.write(file, out -> out.write('x'));

        assertEquals("x", Files.readString(file));
    }
}
