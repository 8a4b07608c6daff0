package com.marqasouq.kit.conformance;

import com.marqasouq.kit.conformance.report.PlannedScenario;
import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which scenarios run against this target, and why the others do not: the operator's --tags,
 * and what the target offers (sandbox controls, orders to change, a webhook route back to us).
 */
final class ScenarioSelection {
    static final String NEEDS_SANDBOX = "@sandbox";
    static final String NEEDS_ORDER = "@needs-order";
    static final String NEEDS_WEBHOOKS = "@webhooks";
    static final String NEEDS_FACT = "@needs-fact:";
    static final List<String> FACTS = List.of("sku", "order", "customer");

    private final String userTags;
    private final Expression user;
    private final boolean sandbox;
    private final boolean orders;
    private final boolean webhooks;
    private final OperatorFacts facts;

    ScenarioSelection(String userTags, boolean sandbox, boolean orders, boolean webhooks) {
        this(userTags, sandbox, orders, webhooks, OperatorFacts.NONE);
    }

    ScenarioSelection(String userTags, boolean sandbox, boolean orders, boolean webhooks, OperatorFacts facts) {
        this.facts = facts;
        this.userTags = userTags == null || userTags.isBlank() ? null : userTags.trim();
        this.user = this.userTags == null ? null : TagExpressionParser.parse(this.userTags);
        this.sandbox = sandbox;
        this.orders = orders || sandbox;
        this.webhooks = webhooks || sandbox;
    }

    /** Null if the scenario runs, otherwise the reason it does not. */
    String reasonNotRun(PlannedScenario scenario) {
        if (user != null && !user.evaluate(scenario.tags())) {
            return "excluded by --tags " + userTags;
        }
        if (!sandbox && scenario.hasTag(NEEDS_SANDBOX)) {
            return "needs sandbox controls";
        }
        if (!orders && scenario.hasTag(NEEDS_ORDER)) {
            return "needs an order it may change (--order-id)";
        }
        if (!webhooks && scenario.hasTag(NEEDS_WEBHOOKS)) {
            return "needs --webhook-listen and the target's webhook pointed at it";
        }
        for (String fact : FACTS) {
            if (!facts.has(fact) && scenario.hasTag(NEEDS_FACT + fact)) {
                return "needs a known " + fact + " of the target (--facts)";
            }
        }
        return null;
    }

    /** The tag expression handed to Cucumber, equivalent to {@link #reasonNotRun} being null. */
    String cucumberExpression() {
        List<String> parts = new ArrayList<>();
        if (userTags != null) {
            parts.add("(" + userTags + ")");
        }
        if (!sandbox) {
            parts.add("not " + NEEDS_SANDBOX);
        }
        if (!orders) {
            parts.add("not " + NEEDS_ORDER);
        }
        if (!webhooks) {
            parts.add("not " + NEEDS_WEBHOOKS);
        }
        for (String fact : FACTS) {
            if (!facts.has(fact)) {
                parts.add("not " + NEEDS_FACT + fact);
            }
        }
        return String.join(" and ", parts);
    }

    Map<String, String> notRun(List<PlannedScenario> planned) {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (PlannedScenario scenario : planned) {
            String reason = reasonNotRun(scenario);
            if (reason != null) {
                reasons.put(scenario.key(), reason);
            }
        }
        return reasons;
    }
}
