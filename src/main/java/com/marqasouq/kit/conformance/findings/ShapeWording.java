package com.marqasouq.kit.conformance.findings;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the response validator's messages into stable, readable shape violations. */
public final class ShapeWording {
    private static final Pattern PATH_PREFIX = Pattern.compile("^\\[Path '([^']*)'\\]\\s*");
    private static final Pattern INDEX = Pattern.compile("/\\d+(?=/|$)");
    private static final Pattern REGEX = Pattern.compile("ECMA 262 regex \"([^\"]*)\" does not match");
    private static final Pattern MISSING = Pattern.compile("missing required properties \\(\\[(.*)]\\)");
    private static final Pattern[] VALUES = {
        Pattern.compile("(input string )\"[^\"]*\""),
        Pattern.compile("(Instance value )\\([^)]*\\)"),
        Pattern.compile("(found: )[^),]*"),
        Pattern.compile("(Instance type )\\((?!null)[^)]*\\)")
    };

    private ShapeWording() {}

    /**
     * @param key the validator's message key, e.g. validation.response.body.schema.required
     * @param message the validator's message, e.g. "[Path '/orders/0'] Object has missing required properties (["email"])"
     * @param instancePointer the instance pointer the validator reports, or null
     */
    public static ShapeViolation violation(
            String operationId, String operation, int status, String key, String message, String instancePointer) {
        Matcher prefix = PATH_PREFIX.matcher(message);
        String pointer = instancePointer;
        String text = message;
        if (prefix.find()) {
            pointer = pointer == null ? prefix.group(1) : pointer;
            text = message.substring(prefix.end());
        }
        pointer = pointer == null || pointer.equals("/")
                ? ""
                : INDEX.matcher(pointer).replaceAll("/*");
        String rule = key.substring(key.lastIndexOf('.') + 1);
        return new ShapeViolation(operationId, operation, status, pointer, rule, problem(rule, text), text, null);
    }

    /** The violation in plain words, without the values of one particular answer. */
    static String problem(String rule, String text) {
        Matcher missing = MISSING.matcher(text);
        if (missing.find()) {
            return "lacks " + missing.group(1).replace("\"", "`").replace(",", ", ");
        }
        Matcher regex = REGEX.matcher(text);
        if (regex.find()) {
            return "does not match the pattern `" + regex.group(1) + "`";
        }
        if (rule.equals("notAllowed") && text.contains("Content-Type")) {
            return "is not JSON (Content-Type " + between(text, "'", "'") + ")";
        }
        String out = text;
        for (Pattern value : VALUES) {
            out = value.matcher(out).replaceAll("$1…");
        }
        return out.strip();
    }

    private static String between(String text, String open, String close) {
        int start = text.indexOf(open);
        int end = start < 0 ? -1 : text.indexOf(close, start + 1);
        return start < 0 || end < 0 ? "?" : text.substring(start + 1, end);
    }
}
