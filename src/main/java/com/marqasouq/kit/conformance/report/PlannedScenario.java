package com.marqasouq.kit.conformance.report;

import java.util.List;

/** A scenario (or one example row of an outline) as written in the features, before any run. */
public record PlannedScenario(String feature, String uri, int line, String name, List<String> tags) {

    public String key() {
        return uri + ":" + line;
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }

    /** Values of tags such as {@code @op:listOrders}: {@code tagValues("@op:")} → [listOrders]. */
    public List<String> tagValues(String prefix) {
        return tags.stream()
                .filter(t -> t.startsWith(prefix))
                .map(t -> t.substring(prefix.length()))
                .toList();
    }

    /** MUST unless tagged {@code @should} (recommended behaviour beyond the document). */
    public boolean should() {
        return hasTag("@should");
    }
}
