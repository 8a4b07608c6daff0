package com.marqasouq.kit.sandbox.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A JSON syntax error as a person reads it: where (line and column) and what, without the
 * parser's own notes on where it reads from ({@code [Source: REDACTED ...]}) or character codes.
 */
final class JsonSyntax {
    private JsonSyntax() {}

    /** E.g. {@code " at line 3, column 1: unexpected close marker '}': expected ']'"}, to follow "... is not valid JSON". */
    static String describe(JsonProcessingException e) {
        String what = e.getOriginalMessage() == null ? "not valid JSON" : e.getOriginalMessage();
        what = what.lines()
                .findFirst()
                .orElse(what)
                .replaceAll("\\s*\\((?:for \\w+ starting|start marker) at \\[Source:[^]]*]\\)", "")
                .replaceAll("\\s*\\[Source:[^]]*]", "")
                .replaceAll(" \\(code \\d+\\)", "")
                .trim();
        if (!what.isEmpty()) {
            what = Character.toLowerCase(what.charAt(0)) + what.substring(1);
        }
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1
                ? ": "
                : " at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
        return where + what;
    }
}
