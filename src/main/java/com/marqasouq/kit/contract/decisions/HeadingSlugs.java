package com.marqasouq.kit.contract.decisions;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * GitHub-style heading anchors: the heading's text in lower case, without punctuation or
 * symbols, each space a hyphen; a repeated anchor gets {@code -1}, {@code -2}, ... So
 * {@code D19 — Errors} becomes {@code d19--errors}, as on GitHub, and a link made here also works
 * on the Markdown file in the repository. One instance per page: it counts repeats.
 */
public final class HeadingSlugs {

    /** Everything but letters, digits, marks, connectors ({@code _}), hyphens and spaces goes. */
    private static final Pattern REMOVED = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}\\p{Pc}\\- ]");

    private final Map<String, Integer> seen = new HashMap<>();

    /** The anchor of the next heading with this text on the page. */
    public String next(String headingText) {
        String base = slug(headingText);
        Integer count = seen.get(base);
        seen.put(base, count == null ? 1 : count + 1);
        return count == null ? base : base + "-" + count;
    }

    /** The anchor of a heading's text, without the page's repeat counting. */
    public static String slug(String headingText) {
        return REMOVED.matcher(headingText.strip().toLowerCase(Locale.ROOT))
                .replaceAll("")
                .replace(' ', '-');
    }
}
