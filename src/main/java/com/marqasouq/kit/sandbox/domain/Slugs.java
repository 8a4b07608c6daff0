package com.marqasouq.kit.sandbox.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Handles made from titles (D17). */
public final class Slugs {
    // Compiled once: the default data makes 1,500 handles at every start.
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("(^-+|-+$)");

    private Slugs() {}

    public static String slug(String title) {
        String ascii =
                MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD)).replaceAll("");
        String dashed = NOT_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        String slug = EDGE_DASHES.matcher(dashed).replaceAll("");
        return slug.isEmpty() ? "product" : slug;
    }
}
