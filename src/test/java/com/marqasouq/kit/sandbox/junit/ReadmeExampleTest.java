package com.marqasouq.kit.sandbox.junit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadmeExampleTest {
    private static final Path EXAMPLE =
            Path.of("src/test/java/com/marqasouq/kit/sandbox/junit/example/OdooClientExampleTest.java");

    @Test
    void theReadmesExampleTestIsTheOneTheBuildRuns() throws Exception {
        String example = Files.readString(EXAMPLE);
        String body = example.substring(example.indexOf("import ")).strip();

        assertTrue(
                Files.readString(Path.of("README.md")).contains("```java\n" + body + "\n```"),
                "README.md shows " + EXAMPLE + " from its first import, in a java block");
    }
}
