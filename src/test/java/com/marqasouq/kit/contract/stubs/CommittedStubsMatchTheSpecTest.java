package com.marqasouq.kit.contract.stubs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed {@code stubs/} must be what the build generated from the spec into {@code target/stubs}. */
class CommittedStubsMatchTheSpecTest {

    static final String HOW_TO_FIX =
            "Regenerate and commit them, from the project folder: mvn -q -DskipTests package && java -jar target/marqasouq-odoo-kit.jar stubs";

    @Test
    void committedStubsAreWhatTheSpecGenerates() {
        Path committed = Path.of(System.getProperty("kit.stubs.dir", "stubs"));
        Path generated = Path.of(System.getProperty("kit.generated.stubs.dir", "target/stubs"));
        assertTrue(
                Files.isDirectory(generated.resolve(StubGenerator.MAPPINGS)),
                generated + " was not generated: run the build (mvn verify), which writes it at process-classes");

        List<String> differences = StubDirectoryDiff.differences(committed, generated);

        assertTrue(
                differences.isEmpty(),
                "The committed stubs in " + committed + " do not match the spec:\n  " + String.join("\n  ", differences)
                        + "\n" + HOW_TO_FIX);
    }
}
