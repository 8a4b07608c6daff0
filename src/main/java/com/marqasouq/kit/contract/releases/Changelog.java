package com.marqasouq.kit.contract.releases;

import com.fasterxml.jackson.databind.JsonNode;
import com.marqasouq.kit.contract.diff.SpecChange;
import com.marqasouq.kit.contract.diff.SpecComparison;
import com.marqasouq.kit.contract.diff.SpecDiff;
import java.util.ArrayList;
import java.util.List;

/**
 * The contract's changelog in Markdown, generated from the releases: newest first, each release
 * with what changed since the one before (and whether it breaks clients or implementations),
 * and the working spec's changes since the last release, if any, as "Unreleased".
 */
public final class Changelog {

    private Changelog() {}

    public static String markdown(String title, Releases releases, String workingYaml) {
        List<String> sections = new ArrayList<>();
        List<Release> all = releases.all();
        Release latest = all.isEmpty() ? null : all.get(all.size() - 1);
        if (latest == null || !latest.yaml().equals(workingYaml)) {
            JsonNode working = ReleaseGate.read(workingYaml);
            String heading = "## Unreleased (working spec, info.version "
                    + working.path("info").path("version").asText() + ")";
            sections.add(
                    latest == null
                            ? heading + "\n\nNo release yet.\n"
                            : section(heading, SpecDiff.compare(ReleaseGate.read(latest.yaml()), working)));
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            Release release = all.get(i);
            String heading = "## " + release.version();
            if (i == 0) {
                sections.add(heading + "\n\n" + firstRelease(ReleaseGate.read(release.yaml())) + "\n");
            } else {
                SpecComparison comparison =
                        SpecDiff.compare(ReleaseGate.read(all.get(i - 1).yaml()), ReleaseGate.read(release.yaml()));
                sections.add(section(heading, comparison));
            }
        }
        return "# Changelog: " + title + "\n\n"
                + "Generated from the released versions of the contract (`openapi/releases/`). For each"
                + " change: does it break clients (code written for the previous version, such as an Odoo"
                + " integration) or implementations (a shop that conformed to the previous version)?\n\n"
                + String.join("\n", sections);
    }

    private static String firstRelease(JsonNode spec) {
        int operations = 0;
        for (JsonNode path : spec.path("paths")) {
            for (String method : List.of("get", "put", "post", "delete", "patch", "head", "options", "trace")) {
                operations += path.has(method) ? 1 : 0;
            }
        }
        JsonNode webhooks = spec.has("webhooks") ? spec.get("webhooks") : spec.path("x-webhooks");
        return "First release: " + operations + " operations and " + webhooks.size() + " webhook events.";
    }

    private static String section(String heading, SpecComparison comparison) {
        StringBuilder out = new StringBuilder(heading).append("\n\n");
        if (comparison.unchanged()) {
            return out.append("No change to operations, schemas or webhooks (text only, if anything).\n")
                    .toString();
        }
        out.append("Breaks clients: **")
                .append(comparison.breaksClients() ? "yes" : "no")
                .append("**. Breaks implementations: **")
                .append(comparison.breaksImplementations() ? "yes" : "no")
                .append("**.\n\n| operation | where | change | breaks clients | breaks implementations |\n")
                .append("| --- | --- | --- | --- | --- |\n");
        for (SpecChange change : comparison.changes()) {
            out.append("| `")
                    .append(change.operation())
                    .append("` | ")
                    .append(cell(change.location()))
                    .append(" | ")
                    .append(change.what())
                    .append(" | ")
                    .append(change.breaksClients() ? "yes" : "no")
                    .append(" | ")
                    .append(change.breaksImplementations() ? "yes" : "no")
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.isEmpty() ? "" : "`" + text.replace("|", "\\|") + "`";
    }
}
