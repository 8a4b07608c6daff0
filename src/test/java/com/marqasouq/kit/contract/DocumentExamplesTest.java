package com.marqasouq.kit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example of the API document, whole requests and responses, validates against the spec. */
class DocumentExamplesTest {

    private static final AtomicInteger valid = new AtomicInteger();

    static Stream<Named<DocumentExample>> examples() {
        return DocumentExample.all().stream().map(e -> Named.of(e.toString(), e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void documentExampleIsValidAgainstTheSpec(DocumentExample example) {
        List<String> errors = StrictValidation.errors(ExampleValidator.validate(example, example.bodyText()));

        assertTrue(errors.isEmpty(), () -> example + " does not match the spec:\n  " + String.join("\n  ", errors));
        valid.incrementAndGet();
    }

    @Test
    void everyFixtureFileIsListedInTheManifestAndEveryListedFileExists() throws IOException, URISyntaxException {
        Path folder = Path.of(Objects.requireNonNull(getClass().getClassLoader().getResource(DocumentExample.FOLDER))
                .toURI());
        Set<String> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> listed = DocumentExample.all().stream()
                .map(DocumentExample::body)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(files, listed, "fixtures in " + DocumentExample.FOLDER + " vs. bodies named in index.yaml");
    }

    @AfterAll
    static void printCount() {
        System.out.printf(
                "Contract examples: %d/%d document examples valid%n",
                valid.get(), DocumentExample.all().size());
    }
}
