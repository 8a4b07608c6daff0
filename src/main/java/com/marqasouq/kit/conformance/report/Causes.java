package com.marqasouq.kit.conformance.report;

import com.marqasouq.kit.conformance.findings.Finding;
import com.marqasouq.kit.conformance.findings.RuleSource;
import com.marqasouq.kit.conformance.findings.ShapeViolation;
import com.marqasouq.kit.conformance.report.ScenarioOutcome.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Groups what went wrong into causes, most scenarios first: each distinct shape violation once
 * (whatever operations showed it), all missing routes as one, and every other finding by its key.
 */
public final class Causes {
    private final Function<String, String> labelOf;
    private final Function<String, String> sectionOf;

    /**
     * @param labelOf operationId → "METHOD /path" (unknown ids stay as they are)
     * @param sectionOf operationId → the API document's section, or null
     */
    public Causes(Function<String, String> labelOf, Function<String, String> sectionOf) {
        this.labelOf = labelOf;
        this.sectionOf = sectionOf;
    }

    public List<Cause> of(List<ScenarioOutcome> outcomes) {
        List<Cause> causes = new ArrayList<>();
        causes.addAll(shapeCauses(outcomes));
        causes.addAll(findingCauses(outcomes));
        causes.sort(Comparator.comparingInt(Cause::scenarios)
                .reversed()
                .thenComparing(c -> c.kind().ordinal()));
        return causes;
    }

    private List<Cause> shapeCauses(List<ScenarioOutcome> outcomes) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (ScenarioOutcome o : outcomes) {
            Set<String> seenHere = new LinkedHashSet<>();
            for (ShapeViolation v : o.evidence().shape()) {
                Group g = groups.computeIfAbsent(v.causeKey(), k -> new Group(v));
                g.operations.add(labelOf.apply(v.operationId()));
                String section = v.status() >= 400 ? "7" : sectionOf.apply(v.operationId());
                if (isErrorCodeSpelling(v)) {
                    g.decision = "D19";
                } else if (section != null) {
                    g.sections.add(section);
                }
                g.statuses.add(v.status());
                if (seenHere.add(v.causeKey())) {
                    g.scenarios++;
                }
            }
        }
        List<Cause> causes = new ArrayList<>();
        for (Group g : groups.values()) {
            ShapeViolation v = g.first;
            String statuses = v.status() >= 400 ? "error answers (" + join(g.statuses) + ")" : v.status() + " answers";
            causes.add(new Cause(
                    Finding.Kind.SHAPE,
                    "the response schema",
                    statuses + ": " + v.where() + " " + v.problem(),
                    v.targetMessage(),
                    g.decision != null
                            ? "decision " + g.decision
                            : g.sections.isEmpty() ? "document" : "document §" + join(g.sections),
                    false,
                    g.scenarios,
                    List.copyOf(g.operations)));
        }
        return causes;
    }

    private List<Cause> findingCauses(List<ScenarioOutcome> outcomes) {
        Map<String, List<ScenarioOutcome>> byKey = new LinkedHashMap<>();
        for (ScenarioOutcome o : outcomes) {
            if ((o.status() == Status.FAILED || o.status() == Status.BLOCKED)
                    && o.finding().kind() != Finding.Kind.SHAPE) {
                byKey.computeIfAbsent(o.finding().key(), k -> new ArrayList<>()).add(o);
            }
        }
        List<Cause> causes = new ArrayList<>();
        for (List<ScenarioOutcome> group : byKey.values()) {
            Finding first = group.get(0).finding();
            Set<String> operations = new LinkedHashSet<>();
            Set<String> rules = new LinkedHashSet<>();
            boolean decisionOnly = true;
            Set<String> sections = new LinkedHashSet<>();
            for (ScenarioOutcome o : group) {
                if (first.kind() == Finding.Kind.ROUTE_MISSING) {
                    o.evidence().missingRoutes().forEach(op -> operations.add(labelOf.apply(op)));
                    o.evidence().missingRoutes().stream()
                            .map(sectionOf)
                            .filter(java.util.Objects::nonNull)
                            .forEach(sections::add);
                } else if (o.finding().operation() != null) {
                    operations.add(labelOf.apply(o.finding().operation()));
                }
                RuleSource rule = o.finding().rule();
                rules.add(rule.label());
                decisionOnly &= rule.decision();
            }
            String actual = first.kind() == Finding.Kind.ROUTE_MISSING
                    ? operations.size()
                            + " routes of the contract answer a 404 page that is not the API's: they do not exist"
                    : first.actual();
            causes.add(new Cause(
                    first.kind(),
                    first.expected(),
                    actual,
                    first.kind() == Finding.Kind.ROUTE_MISSING ? null : first.targetMessage(),
                    ruleText(first.kind(), rules, sections),
                    decisionOnly,
                    group.size(),
                    List.copyOf(operations)));
        }
        return causes;
    }

    private static String ruleText(Finding.Kind kind, Set<String> rules, Set<String> sections) {
        if (kind == Finding.Kind.ROUTE_MISSING && !sections.isEmpty()) {
            return "document §" + join(sections);
        }
        if (kind == Finding.Kind.BLOCKED) {
            return null; // a preparation is not a rule of its own; the blocked scenarios list theirs
        }
        return rules.size() > 3 ? rules.size() + " rules" : String.join(", ", rules);
    }

    private static String join(Set<?> values) {
        List<String> text = new ArrayList<>();
        values.forEach(v -> text.add(String.valueOf(v)));
        return String.join(", ", text);
    }

    /** One shape violation as seen across operations. */
    /**
     * The document shows an error's {@code code} only as the placeholder {@code ERROR_CODE}; that
     * codes are UPPER_SNAKE is the contract's decision, and is reported as one.
     */
    private static boolean isErrorCodeSpelling(ShapeViolation v) {
        return v.status() >= 400 && v.pointer().equals("/code") && v.rule().equals("pattern");
    }

    private static final class Group {
        final ShapeViolation first;
        String decision;
        final Set<String> operations = new LinkedHashSet<>();
        final Set<String> sections = new LinkedHashSet<>();
        final Set<Integer> statuses = new java.util.TreeSet<>();
        int scenarios;

        Group(ShapeViolation first) {
            this.first = first;
        }
    }
}
