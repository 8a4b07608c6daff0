package com.marqasouq.kit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.conformance.report.FeatureCatalogue;
import com.marqasouq.kit.conformance.report.PlannedScenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every shipped scenario says where its rule comes from: one document section or one decision of the project. */
@Tag("coverage")
class RuleSourcesTest {
    private static final Set<String> DECISIONS = RuleSources.decisions(Path.of("docs", "decisions.md"));

    @Test
    void everyScenarioHasExactlyOneRuleSourceThatExists() {
        List<String> problems = RuleSources.problems(FeatureCatalogue.load(), DECISIONS);
        assertEquals(List.of(), problems, "Rule tags to fix:\n  " + String.join("\n  ", problems));
    }

    @Test
    void theDecisionsAreReadFromTheirHeadings() {
        List<String> first25 =
                IntStream.rangeClosed(1, 25).mapToObj(n -> "D" + n).toList();
        assertTrue(DECISIONS.containsAll(first25), DECISIONS.toString());
    }

    @Test
    void aScenarioWithoutARuleTagIsReported() {
        assertEquals(
                List.of("classpath:features/x.feature:3 (A scenario) has no rule tag: add @doc:<section> or"
                        + " @decision:D<n>"),
                RuleSources.problems(List.of(scenario()), DECISIONS));
    }

    @Test
    void aScenarioWithTwoRuleTagsIsReported() {
        assertEquals(
                List.of("classpath:features/x.feature:3 (A scenario) has 2 rule tags [@doc:2.1, @decision:D4]:"
                        + " keep exactly one"),
                RuleSources.problems(List.of(scenario("@doc:2.1", "@decision:D4")), DECISIONS));
    }

    @Test
    void aDecisionTheProjectDoesNotHaveIsReported() {
        assertEquals(
                List.of("classpath:features/x.feature:3 (A scenario) is tagged @decision:D99, but"
                        + " docs/decisions.md has no such decision"),
                RuleSources.problems(List.of(scenario("@decision:D99")), DECISIONS));
    }

    @Test
    void aSectionTheDocumentDoesNotHaveIsReported() {
        assertEquals(
                List.of("classpath:features/x.feature:3 (A scenario) is tagged @doc:9.1, but the API document has"
                        + " no such section"),
                RuleSources.problems(List.of(scenario("@doc:9.1")), DECISIONS));
    }

    @Test
    void aDocumentSectionOrAKnownDecisionAloneIsAccepted() {
        assertEquals(
                List.of(),
                RuleSources.problems(
                        List.of(scenario("@doc:qr1"), scenario("@doc:8.8"), scenario("@decision:D14")), DECISIONS));
    }

    /** A scenario of operation listOrders with these rule tags. */
    private static PlannedScenario scenario(String... ruleTags) {
        List<String> tags = new ArrayList<>(List.of("@readonly", "@op:listOrders"));
        tags.addAll(List.of(ruleTags));
        return new PlannedScenario("Feature", "classpath:features/x.feature", 3, "A scenario", tags);
    }
}
