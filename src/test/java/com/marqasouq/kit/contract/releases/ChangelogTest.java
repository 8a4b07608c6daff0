package com.marqasouq.kit.contract.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangelogTest {

    @Test
    void listsUnreleasedChangesThenEachReleaseNewestFirstWithWhatItBreaks(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("1.0.0.yaml"), TinySpecs.spec("1.0.0"));
        Files.writeString(folder.resolve("1.1.0.yaml"), TinySpecs.withOptionalField("1.1.0"));
        Files.writeString(folder.resolve("2.0.0.yaml"), TinySpecs.withoutEmail("2.0.0"));

        String changelog = Changelog.markdown(
                "Tiny",
                Releases.in(folder),
                TinySpecs.withoutEmail("2.0.0").replace("version: 2.0.0", "version: 2.1.0"));

        int unreleased = changelog.indexOf("## Unreleased (working spec, info.version 2.1.0)");
        int two = changelog.indexOf("## 2.0.0");
        int oneOne = changelog.indexOf("## 1.1.0");
        int one = changelog.indexOf("## 1.0.0");
        assertTrue(unreleased > 0 && unreleased < two && two < oneOne && oneOne < one, changelog);
        String section200 = changelog.substring(two, oneOne);
        assertTrue(section200.contains("Breaks clients: **yes**"), section200);
        assertTrue(
                section200.contains(
                        "| `GET /odoo/orders` | `response 200 application/json: orders[].email` | property removed | yes | no |"),
                section200);
        assertTrue(changelog.substring(oneOne, one).contains("Breaks clients: **no**"), changelog);
        assertTrue(changelog.substring(one).contains("First release: 1 operations and 0 webhook events."), changelog);
    }

    @Test
    void withoutUnreleasedChangesThereIsNoUnreleasedSection(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("1.0.0.yaml"), TinySpecs.spec("1.0.0"));

        String changelog = Changelog.markdown("Tiny", Releases.in(folder), TinySpecs.spec("1.0.0"));

        assertEquals(-1, changelog.indexOf("Unreleased"));
        assertTrue(changelog.contains("## 1.0.0"));
    }
}
