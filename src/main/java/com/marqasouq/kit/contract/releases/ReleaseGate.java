package com.marqasouq.kit.contract.releases;

import com.fasterxml.jackson.databind.JsonNode;
import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.contract.diff.SpecComparison;
import com.marqasouq.kit.contract.diff.SpecDiff;
import java.util.Optional;

/**
 * The rule that guards a release: the working spec may break clients of the last release only
 * with a new major version. Its {@code info.version} is never lower than the last release.
 */
public final class ReleaseGate {

    /** What the gate found; {@code comparison} is empty when there is nothing to compare with. */
    public record Verdict(
            boolean passed, String reason, Optional<Release> lastRelease, Optional<SpecComparison> comparison) {}

    private ReleaseGate() {}

    public static Verdict check(Releases releases, String workingYaml) {
        JsonNode working = read(workingYaml);
        SemanticVersion version =
                SemanticVersion.parse(working.path("info").path("version").asText());
        Optional<Release> last = releases.latest();
        if (last.isEmpty()) {
            return new Verdict(true, "No release yet: nothing to break.", last, Optional.empty());
        }
        SemanticVersion released = last.get().version();
        if (version.compareTo(released) < 0) {
            return new Verdict(
                    false,
                    "info.version " + version + " is lower than the last release " + released
                            + ": a working spec carries the last release's version or a later one.",
                    last,
                    Optional.empty());
        }
        if (last.get().yaml().equals(workingYaml)) {
            return new Verdict(
                    true, "The working spec is release " + released + " as it was released.", last, Optional.empty());
        }
        SpecComparison comparison = SpecDiff.compare(read(last.get().yaml()), working);
        if (comparison.breaksClients() && version.major() == released.major()) {
            return new Verdict(
                    false,
                    "The working spec (" + version + ") breaks clients of release " + released
                            + " without a new major version: undo the breaking changes, or set info.version to "
                            + (released.major() + 1) + ".0.0 and release it.",
                    last,
                    Optional.of(comparison));
        }
        String kind = comparison.breaksClients() ? "breaking changes under a new major version" : "no breaking change";
        return new Verdict(
                true,
                "The working spec (" + version + ") has " + kind + " since release " + released + ".",
                last,
                Optional.of(comparison));
    }

    static JsonNode read(String yaml) {
        return Contract.parse("a spec", yaml).tree();
    }
}
