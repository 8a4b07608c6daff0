package com.marqasouq.kit.contract.releases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Cuts a release: copies the working spec {@code openapi/marqasouq-odoo.yaml}, byte for byte,
 * to {@code openapi/releases/<info.version>.yaml}, after the release gate passed. Run from the
 * repository with {@code mvn -q compile exec:java@release}; an existing release is replaced only
 * with {@code -Drelease.replace=true}.
 */
public final class ReleaseCutter {

    static final String WORKING_SPEC = "openapi/marqasouq-odoo.yaml";

    private ReleaseCutter() {}

    /** {@code args}: the repository folder, then {@code --replace=true|false}. */
    public static void main(String[] args) throws IOException {
        Path repository = Path.of(args.length > 0 ? args[0] : ".");
        boolean replace = List.of(args).contains("--replace=true");
        try {
            System.out.println(cut(repository, replace));
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.err.println("No release cut: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Writes the release and says what it did; refuses with {@link IllegalStateException}. */
    static String cut(Path repository, boolean replace) throws IOException {
        String working = Files.readString(repository.resolve(WORKING_SPEC), StandardCharsets.UTF_8);
        SemanticVersion version = SemanticVersion.parse(
                ReleaseGate.read(working).path("info").path("version").asText());
        Path folder = repository.resolve(Releases.FOLDER);
        Path target = folder.resolve(version + ".yaml");
        if (Files.exists(target)
                && Files.readString(target, StandardCharsets.UTF_8).equals(working)) {
            return "Release " + version + " is already " + target + ", unchanged.";
        }
        if (Files.exists(target) && !replace) {
            throw new IllegalStateException(target + " exists and differs from the working spec: set info.version"
                    + " to a new version, or replace a release nobody uses yet with -Drelease.replace=true.");
        }
        // A replaced release is not compared with itself, only with the ones before it.
        ReleaseGate.Verdict verdict = ReleaseGate.check(Releases.in(folder).without(version), working);
        if (!verdict.passed()) {
            throw new IllegalStateException(verdict.reason());
        }
        Files.createDirectories(folder);
        Files.writeString(target, working, StandardCharsets.UTF_8);
        return "Released " + version + " as " + target + ". " + verdict.reason() + " Commit the file.";
    }
}
