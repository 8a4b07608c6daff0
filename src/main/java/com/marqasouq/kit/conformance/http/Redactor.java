package com.marqasouq.kit.conformance.http;

import java.util.regex.Pattern;

/** Keeps credentials, tokens and webhook secrets out of reports and logs. */
public final class Redactor {
    private static final String MASK = "[REDACTED]";
    private static final Pattern PASSWORD = Pattern.compile("(\"password\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern TOKEN = Pattern.compile("(\"token\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern SECRET = Pattern.compile("(\"secret\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final Pattern WHSEC = Pattern.compile("whsec_[A-Za-z0-9+/=]+");

    private Redactor() {}

    public static String body(String text) {
        if (text == null) {
            return null;
        }
        String out = PASSWORD.matcher(text).replaceAll("$1\"" + MASK + "\"");
        out = TOKEN.matcher(out).replaceAll("$1\"" + MASK + "\"");
        out = SECRET.matcher(out).replaceAll("$1\"" + MASK + "\"");
        return text(out);
    }

    /** Free text (messages, URLs): JWTs and whsec_ secrets anywhere. */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        return WHSEC.matcher(JWT.matcher(text).replaceAll(MASK)).replaceAll("whsec_" + MASK);
    }

    public static String header(String name, String value) {
        if (name.equalsIgnoreCase("Authorization")) {
            int space = value.indexOf(' ');
            return space > 0 ? value.substring(0, space) + " " + MASK : MASK;
        }
        return text(value);
    }
}
