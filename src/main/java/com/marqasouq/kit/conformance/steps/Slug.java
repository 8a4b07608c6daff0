package com.marqasouq.kit.conformance.steps;

import java.util.Locale;

/** The slug of a title made of ASCII letters, digits, spaces and hyphens (D17's default handle). */
final class Slug {
    private Slug() {}

    static String of(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }
}
