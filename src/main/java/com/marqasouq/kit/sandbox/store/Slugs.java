package com.marqasouq.kit.sandbox.store;

import java.text.Normalizer;
import java.util.Locale;

/** Handles made from titles (D17). */
public final class Slugs {
    private Slugs() {}

    public static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "product" : slug;
    }
}
