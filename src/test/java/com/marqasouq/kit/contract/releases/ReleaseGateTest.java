package com.marqasouq.kit.contract.releases;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseGateTest {

    @TempDir
    Path folder;

    @Test
    void aBreakingChangeWithoutANewMajorVersionFailsAndSaysWhatToDo() throws Exception {
        ReleaseGate.Verdict verdict = ReleaseGate.check(released("1.0.0"), TinySpecs.withoutEmail("1.1.0"));

        assertFalse(verdict.passed());
        assertTrue(verdict.reason().contains("breaks clients of release 1.0.0"), verdict.reason());
        assertTrue(verdict.reason().contains("2.0.0"), verdict.reason());
        assertTrue(verdict.comparison().orElseThrow().breaksClients());
    }

    @Test
    void aBreakingChangeUnderANewMajorVersionPasses() throws Exception {
        assertTrue(ReleaseGate.check(released("1.0.0"), TinySpecs.withoutEmail("2.0.0"))
                .passed());
    }

    @Test
    void aCompatibleChangePassesAtAnyLaterOrTheSameVersion() throws Exception {
        assertTrue(ReleaseGate.check(released("1.0.0"), TinySpecs.withOptionalField("1.0.0"))
                .passed());
        assertTrue(ReleaseGate.check(released("1.0.0"), TinySpecs.withOptionalField("1.1.0"))
                .passed());
    }

    @Test
    void aVersionBelowTheLastReleaseFails() throws Exception {
        ReleaseGate.Verdict verdict = ReleaseGate.check(released("1.2.0"), TinySpecs.spec("1.1.9"));

        assertFalse(verdict.passed());
        assertTrue(verdict.reason().contains("lower than the last release 1.2.0"), verdict.reason());
    }

    @Test
    void theLastReleaseIsTheHighestVersionNotTheLastFileName() throws Exception {
        Files.writeString(folder.resolve("1.10.0.yaml"), TinySpecs.spec("1.10.0"));
        Files.writeString(folder.resolve("1.9.0.yaml"), TinySpecs.spec("1.9.0"));

        assertTrue(Releases.in(folder).latest().orElseThrow().version().equals(SemanticVersion.parse("1.10.0")));
    }

    @Test
    void withoutAnyReleaseNothingCanBreak() throws Exception {
        assertTrue(ReleaseGate.check(Releases.in(folder.resolve("none")), TinySpecs.withoutEmail("0.1.0"))
                .passed());
    }

    private Releases released(String version) throws Exception {
        Files.writeString(folder.resolve(version + ".yaml"), TinySpecs.spec(version));
        return Releases.in(folder);
    }
}
