package com.marqasouq.kit.contract.stubs;

/**
 * What makes a stub answer, and its WireMock priority (1 wins over 2...). A request without a
 * bearer token gets the 401 whatever else it asks for; a {@code Prefer} header (Prism's
 * convention) beats the documented success.
 */
enum Selection {
    NO_BEARER_TOKEN(1),
    PREFER_EXAMPLE(2),
    PREFER_CODE(3),
    SUCCESS(5);

    /** Authorization values that count as a bearer token. */
    static final String BEARER_TOKEN = "Bearer \\S.*";

    final int priority;

    Selection(int priority) {
        this.priority = priority;
    }

    /** Matches a {@code Prefer} header holding the preference {@code name=value}, alone or among others. */
    static String preferRegex(String name, String value) {
        return "(?i)(.*[\\s,;])?" + Regex.literal(name) + "=" + Regex.literal(value) + "([\\s,;].*)?";
    }

    /** Matches a {@code Prefer} header that asks for a {@code code} other than {@code status}. */
    static String preferOtherCodeRegex(int status) {
        return "(?i)(.*[\\s,;])?code=(?!" + status + "([\\s,;]|$)).*";
    }
}
