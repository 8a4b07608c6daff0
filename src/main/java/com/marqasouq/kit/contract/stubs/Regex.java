package com.marqasouq.kit.contract.stubs;

/** Regular-expression text for WireMock's {@code matches} and {@code urlPathPattern}. */
final class Regex {

    private static final String SPECIAL = "\\.[]{}()*+?^$|";

    private Regex() {}

    /** {@code text} as a regex that matches exactly that text, without {@code \Q...\E}. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A schema {@code pattern} without its anchors, to embed in a longer regex. */
    static String unanchored(String pattern) {
        String body = pattern.startsWith("^") ? pattern.substring(1) : pattern;
        return body.endsWith("$") && !body.endsWith("\\$") ? body.substring(0, body.length() - 1) : body;
    }
}
