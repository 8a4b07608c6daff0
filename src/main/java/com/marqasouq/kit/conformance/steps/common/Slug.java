package com.marqasouq.kit.conformance.steps.common;

import java.util.Locale;

/** The slug of a title made of ASCII letters, digits, spaces and hyphens (D17's default handle). */
public final class Slug {
    private Slug() {}

    public static String of(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }
}
