package com.marqasouq.kit.sandbox.control;

import com.marqasouq.kit.sandbox.domain.DomainException;

/** The path of a fault: exact, or with {@code *} standing for one path segment ({@code /admin/orders/*}). */
final class FaultPath {
    private final String text;
    private final String[] segments;

    private FaultPath(String text, String[] segments) {
        this.text = text;
        this.segments = segments;
    }

    static FaultPath parse(String raw) {
        if (raw == null || !raw.startsWith("/")) {
            throw DomainException.invalid("path: must start with /, e.g. /admin/orders or /admin/orders/*");
        }
        if (raw.contains("?") || raw.contains("#")) {
            throw DomainException.invalid("path: must be a path without query string, got \"" + raw + "\"");
        }
        String[] segments = split(raw);
        for (String segment : segments) {
            if (segment.contains("*") && !segment.equals("*")) {
                throw DomainException.invalid(
                        "path: * stands for a whole segment (/admin/orders/*), got \"" + raw + "\"");
            }
        }
        if (exempt(raw)) {
            throw DomainException.invalid("path: control routes and /health are never faulted, got \"" + raw + "\"");
        }
        return new FaultPath(raw, segments);
    }

    boolean matches(String path) {
        String[] actual = split(path);
        if (actual.length != segments.length) {
            return false;
        }
        for (int i = 0; i < segments.length; i++) {
            boolean any = segments[i].equals("*") && !actual[i].isEmpty();
            if (!any && !segments[i].equals(actual[i])) {
                return false;
            }
        }
        return true;
    }

    /** Control routes and /health stay reachable whatever the faults (D21). */
    static boolean exempt(String path) {
        String[] segments = split(path);
        return segments.length > 0
                && (segments[0].equals("_sandbox") || segments.length == 1 && segments[0].equals("health"));
    }

    /** "/admin/orders/" and "/admin/orders" are the same route. */
    private static String[] split(String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    @Override
    public String toString() {
        return text;
    }
}
