package com.marqasouq.kit.diff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.contract.releases.ReleaseGate;
import com.marqasouq.kit.contract.releases.Releases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The release gate of the build: the working spec must not break clients of the last release in
 * {@code openapi/releases/} unless its {@code info.version} is a new major version. On failure
 * the message is the diff report, with the flows and conformance scenarios each change breaks.
 */
class ReleaseGateOnTheWorkingSpecTest {

    @Test
    void theWorkingSpecBreaksNoClientOfTheLastReleaseWithoutANewMajorVersion() throws Exception {
        String working = Files.readString(Path.of("openapi", "marqasouq-odoo.yaml"), StandardCharsets.UTF_8);
        Releases releases = Releases.in(Path.of(Releases.FOLDER));

        ReleaseGate.Verdict verdict = ReleaseGate.check(releases, working);

        assertTrue(releases.latest().isPresent(), "openapi/releases/ holds the released versions");
        assertTrue(
                verdict.passed(),
                () -> verdict.reason() + "\n\n"
                        + verdict.comparison()
                                .map(c -> new DiffReport(
                                                c,
                                                ContractImpact.load(),
                                                "release "
                                                        + verdict.lastRelease()
                                                                .orElseThrow()
                                                                .version(),
                                                "openapi/marqasouq-odoo.yaml")
                                        .markdown())
                                .orElse(""));
    }
}
