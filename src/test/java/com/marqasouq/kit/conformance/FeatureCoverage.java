package com.marqasouq.kit.conformance;

import com.marqasouq.kit.conformance.report.PlannedScenario;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which operations and webhook events of the contract no scenario is tagged with, and which
 * {@code @op:} or {@code @webhook:} tags name nothing in the contract (a typo hides a gap).
 */
final class FeatureCoverage {
    static final String OP = "@op:";
    static final String WEBHOOK = "@webhook:";

    private FeatureCoverage() {}

    /** Every problem, one readable line each; empty when the features cover the contract. */
    static List<String> gaps(
            List<PlannedScenario> scenarios, Collection<String> operations, Collection<String> events) {
        List<String> problems = new ArrayList<>();
        missing(scenarios, OP, operations, "operation").forEach(problems::add);
        missing(scenarios, WEBHOOK, events, "webhook event").forEach(problems::add);
        unknown(scenarios, OP, operations, "operation").forEach(problems::add);
        unknown(scenarios, WEBHOOK, events, "webhook event").forEach(problems::add);
        return problems;
    }

    private static List<String> missing(
            List<PlannedScenario> scenarios, String prefix, Collection<String> expected, String what) {
        Set<String> tagged = new LinkedHashSet<>();
        scenarios.forEach(s -> tagged.addAll(s.tagValues(prefix)));
        return expected.stream()
                .filter(id -> !tagged.contains(id))
                .map(id -> "no scenario is tagged " + prefix + id + " (" + what + " of the contract)")
                .toList();
    }

    private static List<String> unknown(
            List<PlannedScenario> scenarios, String prefix, Collection<String> expected, String what) {
        Set<String> problems = new TreeSet<>();
        for (PlannedScenario s : scenarios) {
            for (String id : s.tagValues(prefix)) {
                if (!expected.contains(id)) {
                    problems.add(s.uri() + ":" + s.line() + " is tagged " + prefix + id
                            + ", but the contract has no such " + what);
                }
            }
        }
        return List.copyOf(problems);
    }
}
