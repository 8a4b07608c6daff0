package com.marqasouq.kit.contract.stubs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Compares two stub folders file by file; line ends do not count (a checkout may use CRLF). */
final class StubDirectoryDiff {

    private StubDirectoryDiff() {}

    /** What differs between the committed folder and the generated one, one line each; empty if nothing. */
    static List<String> differences(Path committed, Path generated) {
        SortedSet<String> names = new TreeSet<>(files(committed));
        names.addAll(files(generated));
        List<String> differences = new ArrayList<>();
        for (String name : names) {
            Path mine = committed.resolve(name);
            Path fresh = generated.resolve(name);
            if (!Files.exists(mine)) {
                differences.add(name + ": missing from the committed stubs");
            } else if (!Files.exists(fresh)) {
                differences.add(name + ": committed, but no longer generated from the spec");
            } else if (!text(mine).equals(text(fresh))) {
                differences.add(name + ": differs from what the spec generates");
            }
        }
        return differences;
    }

    private static List<String> files(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
