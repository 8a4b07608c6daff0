package com.marqasouq.kit.contract.decisions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns every decision a description cites ({@code (D19)}, {@code (D16, D20)}, {@code D1–D24})
 * into a Markdown link to that decision on the decisions page, e.g.
 * {@code [D19](decisions.html#d19--errors)}. Code spans, existing links and example values are
 * left alone; a number the page does not have stays plain text.
 */
public final class DecisionLinks {

    private static final Set<String> DATA = Set.of("example", "examples", "default", "enum", "const");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");
    private static final Pattern CITATION = Pattern.compile("(?<![\\w\\[/#.-])D\\d{1,3}(?![\\w\\]])");

    private final Decisions decisions;
    private final String pageHref;

    /** {@code pageHref}: the decisions page as a link from where the spec is shown, e.g. {@code decisions.html}. */
    public DecisionLinks(Decisions decisions, String pageHref) {
        this.decisions = decisions;
        this.pageHref = pageHref;
    }

    /** Links the citations of every {@code description} of the document, in place; returns it. */
    public <T extends JsonNode> T applyTo(T document) {
        walk(document);
        return document;
    }

    private void walk(JsonNode node) {
        if (node.isArray()) {
            node.forEach(this::walk);
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        // Replacing the value of an existing key is no structural change: iterating on is safe.
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            if (entry.getKey().equals("description") && entry.getValue().isTextual()) {
                object.put("description", link(entry.getValue().asText()));
            } else if (!DATA.contains(entry.getKey())) {
                walk(entry.getValue());
            }
        }
    }

    /** The text with each cited decision linked, outside code spans. */
    public String link(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        Matcher code = CODE_SPAN.matcher(text);
        int plainStart = 0;
        while (code.find()) {
            out.append(linkPlain(text.substring(plainStart, code.start()))).append(code.group());
            plainStart = code.end();
        }
        return out.append(linkPlain(text.substring(plainStart))).toString();
    }

    private String linkPlain(String text) {
        Matcher citation = CITATION.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        while (citation.find()) {
            Optional<Decision> decision = decisions.find(citation.group());
            String replacement = decision.map(d -> "[" + d.id() + "](" + pageHref + "#" + d.anchor() + ")")
                    .orElse(citation.group());
            citation.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        citation.appendTail(out);
        return out.toString();
    }
}
