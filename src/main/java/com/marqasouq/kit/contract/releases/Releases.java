package com.marqasouq.kit.contract.releases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The released versions of the contract: one file {@code <version>.yaml} each in
 * {@code openapi/releases/}, in the repository and in the jar, oldest first. A released file is
 * never edited; a change to the contract is released as a new version.
 */
public final class Releases {

    /** The folder, in the repository and on the classpath. */
    public static final String FOLDER = "openapi/releases";

    private final List<Release> releases;

    private Releases(List<Release> releases) {
        this.releases =
                releases.stream().sorted(Comparator.comparing(Release::version)).toList();
    }

    /** The releases in a folder such as the repository's {@code openapi/releases}; none if it does not exist. */
    public static Releases in(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return new Releases(List.of());
        }
        return new Releases(read(folder));
    }

    /** The releases shipped in the jar (or in {@code target/classes} when run from the build). */
    public static Releases fromClasspath() {
        URL root = Releases.class.getClassLoader().getResource(FOLDER);
        if (root == null) {
            return new Releases(List.of());
        }
        try {
            URI uri = root.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return new Releases(read(jar.getPath(FOLDER)));
                }
            }
            return new Releases(read(Path.of(uri)));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot list the releases in " + root, e);
        }
    }

    private static List<Release> read(Path folder) throws IOException {
        List<Release> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".yaml")) {
                    continue;
                }
                String version = name.substring(0, name.length() - ".yaml".length());
                if (!SemanticVersion.isVersion(version)) {
                    throw new IllegalStateException(
                            file + " is not named <version>.yaml (e.g. 1.2.0.yaml): every file in " + FOLDER
                                    + " is a release");
                }
                found.add(new Release(SemanticVersion.parse(version), readString(file)));
            }
        }
        return found;
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Oldest first. */
    public List<Release> all() {
        return releases;
    }

    public Optional<Release> latest() {
        return releases.isEmpty() ? Optional.empty() : Optional.of(releases.get(releases.size() - 1));
    }

    /** These releases but {@code version}. */
    public Releases without(SemanticVersion version) {
        return new Releases(
                releases.stream().filter(r -> !r.version().equals(version)).toList());
    }

    public Optional<Release> find(SemanticVersion version) {
        return releases.stream().filter(r -> r.version().equals(version)).findFirst();
    }
}
