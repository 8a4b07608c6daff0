package com.marqasouq.kit.conformance;

import com.marqasouq.kit.conformance.report.PlannedScenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the rule of each scenario comes from: exactly one {@code @doc:<section>} (the API
 * document states it in that section, or its Quick Reference flow {@code qr1}–{@code qr4}) or
 * {@code @decision:D<n>} (it exists only because of a decision of docs/decisions.md).
 */
final class RuleSources {
    static final String DOC = "@doc:";
    static final String DECISION = "@decision:";

    /** The sections of the API document, version 1.0.0, and its four Quick Reference flows. */
    static final Set<String> DOCUMENT_SECTIONS = Set.of(
            "1", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "4.1", "4.2", "4.3",
            "4.4", "4.5", "5.1", "5.2", "5.3", "6.1", "6.2", "7", "8.1", "8.2", "8.3", "8.4", "8.5", "8.6", "8.7",
            "8.8", "qr1", "qr2", "qr3", "qr4");

    private static final Pattern DECISION_HEADING = Pattern.compile("(?m)^## (D\\d+) ");

    private RuleSources() {}

    /** The decisions docs/decisions.md has, by their headings: D1, D2, ... */
    static Set<String> decisions(Path decisionsDocument) {
        try {
            Matcher heading = DECISION_HEADING.matcher(Files.readString(decisionsDocument));
            Set<String> decisions = new TreeSet<>();
            while (heading.find()) {
                decisions.add(heading.group(1));
            }
            return decisions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every scenario without exactly one rule tag, or with one that names nothing; one line each. */
    static List<String> problems(Collection<PlannedScenario> scenarios, Set<String> decisions) {
        List<String> problems = new ArrayList<>();
        for (PlannedScenario scenario : scenarios) {
            String where = scenario.uri() + ":" + scenario.line() + " (" + scenario.name() + ")";
            List<String> rules = scenario.tags().stream()
                    .filter(t -> t.startsWith(DOC) || t.startsWith(DECISION))
                    .toList();
            if (rules.isEmpty()) {
                problems.add(where + " has no rule tag: add @doc:<section> or @decision:D<n>");
            } else if (rules.size() > 1) {
                problems.add(where + " has " + rules.size() + " rule tags " + rules + ": keep exactly one");
            }
            for (String section : scenario.tagValues(DOC)) {
                if (!DOCUMENT_SECTIONS.contains(section)) {
                    problems.add(where + " is tagged " + DOC + section + ", but the API document has no such section");
                }
            }
            for (String decision : scenario.tagValues(DECISION)) {
                if (!decisions.contains(decision)) {
                    problems.add(where + " is tagged " + DECISION + decision
                            + ", but docs/decisions.md has no such decision");
                }
            }
        }
        return problems;
    }
}
