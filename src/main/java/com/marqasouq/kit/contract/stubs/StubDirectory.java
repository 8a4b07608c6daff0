package com.marqasouq.kit.contract.stubs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * The {@code mappings/} folder of a WireMock root dir, written so that only the kit's own files
 * change: its mappings of an earlier run are replaced or removed, anybody else's are kept. A file
 * of somebody else's with the name of a new mapping stops the write (nothing is changed) unless
 * {@code replaceForeign} says to replace it. A file is the kit's when its {@code id} is the one
 * the kit derives from its name.
 */
final class StubDirectory {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path mappings;

    StubDirectory(Path rootDir) {
        this.mappings = rootDir.resolve(StubGenerator.MAPPINGS);
    }

    StubWriteReport write(SortedMap<String, String> files, boolean replaceForeign) throws IOException {
        List<String> ours = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        if (Files.isDirectory(mappings)) {
            try (DirectoryStream<Path> existing = Files.newDirectoryStream(mappings, "*.json")) {
                for (Path file : existing) {
                    (isOurs(file) ? ours : foreign).add(file.getFileName().toString());
                }
            }
        }
        List<String> inTheWay =
                foreign.stream().filter(files::containsKey).sorted().toList();
        if (!inTheWay.isEmpty() && !replaceForeign) {
            throw new ForeignStubsException(mappings, inTheWay);
        }
        Files.createDirectories(mappings);
        List<String> removed = new ArrayList<>();
        for (String name : ours) {
            if (!files.containsKey(name)) {
                Files.delete(mappings.resolve(name));
                removed.add(name);
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(mappings.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        List<String> kept =
                foreign.stream().filter(name -> !files.containsKey(name)).toList();
        return new StubWriteReport(
                mappings, files.size(), new TreeSet<>(removed), new TreeSet<>(kept), new TreeSet<>(inTheWay));
    }

    private static boolean isOurs(Path file) {
        try {
            JsonNode mapping = JSON.readTree(file.toFile());
            String name = file.getFileName().toString();
            return mapping != null
                    && StubMappingJson.idFor(name).equals(mapping.path("id").asText());
        } catch (IOException notJson) {
            return false;
        }
    }
}
