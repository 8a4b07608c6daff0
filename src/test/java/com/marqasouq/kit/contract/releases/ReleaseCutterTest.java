package com.marqasouq.kit.contract.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseCutterTest {

    @TempDir
    Path repository;

    private Path releases;

    @BeforeEach
    void aRepositoryWithReleaseOneZeroZero() throws Exception {
        Files.createDirectories(repository.resolve("openapi"));
        releases = Files.createDirectories(repository.resolve(Releases.FOLDER));
        Files.writeString(releases.resolve("1.0.0.yaml"), TinySpecs.spec("1.0.0"));
    }

    @Test
    void cutsTheWorkingSpecByteForByteUnderItsVersion() throws Exception {
        working(TinySpecs.withOptionalField("1.1.0"));

        String said = ReleaseCutter.cut(repository, false);

        assertEquals(TinySpecs.withOptionalField("1.1.0"), Files.readString(releases.resolve("1.1.0.yaml")));
        assertTrue(said.startsWith("Released 1.1.0"), said);
    }

    @Test
    void refusesABreakingReleaseWithoutANewMajorVersion() throws Exception {
        working(TinySpecs.withoutEmail("1.1.0"));

        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> ReleaseCutter.cut(repository, false));

        assertTrue(refused.getMessage().contains("breaks clients"), refused.getMessage());
        assertTrue(Files.notExists(releases.resolve("1.1.0.yaml")));
    }

    @Test
    void neverOverwritesAReleaseUnlessToldToReplaceIt() throws Exception {
        working(TinySpecs.withOptionalField("1.0.0"));

        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> ReleaseCutter.cut(repository, false));
        assertTrue(refused.getMessage().contains("-Drelease.replace=true"), refused.getMessage());
        assertEquals(TinySpecs.spec("1.0.0"), Files.readString(releases.resolve("1.0.0.yaml")));

        ReleaseCutter.cut(repository, true);
        assertEquals(TinySpecs.withOptionalField("1.0.0"), Files.readString(releases.resolve("1.0.0.yaml")));
    }

    @Test
    void aReleaseAlreadyCutIsLeftAlone() throws Exception {
        working(TinySpecs.spec("1.0.0"));

        assertTrue(ReleaseCutter.cut(repository, false).contains("already"));
    }

    private void working(String yaml) throws Exception {
        Files.writeString(repository.resolve(ReleaseCutter.WORKING_SPEC), yaml);
    }
}
