package com.marqasouq.kit.conformance.findings;

import java.util.List;

/**
 * Where the rule a scenario checks comes from: the API document (a section, tagged
 * {@code @doc:3.5}) or one of the contract's decisions (tagged {@code @decision:D14}, explained
 * in docs/decisions.md). A decision tag wins over a document tag, so a feature can default to its
 * section and a scenario can say that its check exists only because of a decision.
 */
public record RuleSource(Kind kind, String reference, boolean should) {
    public static final String DOCUMENT_TAG = "@doc:";
    public static final String DECISION_TAG = "@decision:";
    public static final String SHOULD_TAG = "@should";

    /** Whose rule it is. */
    public enum Kind {
        DOCUMENT,
        DECISION
    }

    public static RuleSource of(List<String> tags) {
        boolean should = tags.contains(SHOULD_TAG);
        String decision = last(tags, DECISION_TAG);
        if (decision != null) {
            return new RuleSource(Kind.DECISION, decision, should);
        }
        String section = last(tags, DOCUMENT_TAG);
        return new RuleSource(Kind.DOCUMENT, section, should);
    }

    public static RuleSource document(String section) {
        return new RuleSource(Kind.DOCUMENT, section, false);
    }

    public boolean decision() {
        return kind == Kind.DECISION;
    }

    /** "document §3.5", "document, Quick Reference 1", "decision D14"; a SHOULD says so. */
    public String label() {
        String base;
        if (kind == Kind.DECISION) {
            base = "decision " + reference;
        } else if (reference == null) {
            base = "document";
        } else if (reference.startsWith("qr")) {
            base = "document, Quick Reference " + reference.substring(2);
        } else {
            base = "document §" + reference;
        }
        return should ? base + " (SHOULD)" : base;
    }

    /** Where a reader finds the rule: the decision's page in the repo, or the document's section. */
    public String link() {
        return kind == Kind.DECISION ? "docs/decisions.md#" + reference.toLowerCase() : null;
    }

    private static String last(List<String> tags, String prefix) {
        String found = null;
        for (String tag : tags) {
            if (tag.startsWith(prefix)) {
                found = tag.substring(prefix.length());
            }
        }
        return found;
    }
}
