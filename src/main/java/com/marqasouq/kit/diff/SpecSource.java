package com.marqasouq.kit.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.contract.releases.Releases;
import com.marqasouq.kit.contract.releases.SemanticVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A spec named on the command line: a file (YAML or JSON, OpenAPI 3.0, the form of the source
 * and of the releases; openapi-diff cannot compare 3.1's type lists), a released version
 * such as {@code 1.0.0} (the kit's {@code openapi/releases/1.0.0.yaml}) or {@code working} (the
 * contract this kit ships).
 */
public record SpecSource(String name, JsonNode document) {

    public static final String WORKING = "working";

    /** Reads it; an {@link IllegalArgumentException} says what is wrong in the user's words. */
    public static SpecSource resolve(String argument) {
        Path file = Path.of(argument);
        try {
            if (Files.isRegularFile(file)) {
                return new SpecSource(
                        argument, check(argument, read(argument, Files.readString(file, StandardCharsets.UTF_8))));
            }
            if (argument.equals(WORKING)) {
                Contract contract = Contract.marqasouqOdoo();
                return new SpecSource("working spec " + contract.version(), contract.tree());
            }
            if (SemanticVersion.isVersion(argument)) {
                return Releases.fromClasspath()
                        .find(SemanticVersion.parse(argument))
                        .map(r -> new SpecSource("release " + argument, released(r.yaml())))
                        .orElseThrow(() -> new IllegalArgumentException("No release " + argument + " in this kit"
                                + " (it has: "
                                + Releases.fromClasspath().all().stream()
                                        .map(r -> r.version().toString())
                                        .toList() + ")"));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + argument + " as YAML or JSON: " + e.getMessage());
        }
        throw new IllegalArgumentException("No such file: " + argument
                + " (give a spec file, a released version such as 1.0.0, or '" + WORKING + "')");
    }

    private static JsonNode check(String name, JsonNode document) {
        if (!document.path("openapi").asText().startsWith("3.0.")) {
            throw new IllegalArgumentException(name + " is not an OpenAPI 3.0 document (openapi: "
                    + document.path("openapi").asText("none") + "): compare the 3.0 sources, such as"
                    + " openapi/marqasouq-odoo.yaml; the 3.1 rendition is made from them");
        }
        return document;
    }

    private static JsonNode read(String name, String text) throws IOException {
        try {
            return Contract.parse(name, text).tree();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static JsonNode released(String yaml) {
        try {
            return Contract.parse("a released spec", yaml).tree();
        } catch (UncheckedIOException e) {
            throw new IllegalStateException("A released spec cannot be read", e);
        }
    }
}
