package com.marqasouq.kit.contract.decisions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The contract decisions, read from their Markdown page ({@value #RESOURCE} in the jar): every
 * level-2 heading {@code ## D<n> — <title>} is one decision, anchored as GitHub anchors it.
 */
public final class Decisions {

    /** Where the page ships in the jar (the repository's {@code docs/decisions.md}). */
    public static final String RESOURCE = "docs/decisions.md";

    /** {@code D19 — Errors}, also with an en dash or a hyphen; the title may be empty. */
    private static final Pattern HEADING = Pattern.compile("^(D\\d+)\\b\\s*(?:[—–-]\\s*)?(.*)$");

    private final String markdown;
    private final Map<String, Decision> byId;

    private Decisions(String markdown, Map<String, Decision> byId) {
        this.markdown = markdown;
        this.byId = byId;
    }

    /** The page as shipped in the jar. */
    public static Decisions fromClasspath() {
        try (InputStream in = Decisions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    public static Decisions parse(String markdown) {
        Map<String, Decision> byId = new LinkedHashMap<>();
        HeadingSlugs slugs = new HeadingSlugs();
        TextContentRenderer text = TextContentRenderer.builder().build();
        Parser.builder().build().parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String title = text.render(heading).strip();
                String anchor = slugs.next(title);
                Matcher decision = HEADING.matcher(title);
                if (heading.getLevel() == 2 && decision.matches()) {
                    byId.putIfAbsent(
                            decision.group(1),
                            new Decision(decision.group(1), decision.group(2).strip(), anchor));
                }
            }
        });
        return new Decisions(markdown, byId);
    }

    /** The page as written. */
    public String markdown() {
        return markdown;
    }

    public Optional<Decision> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every decision, in the page's order. */
    public Map<String, Decision> all() {
        return byId;
    }
}
