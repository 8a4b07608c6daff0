package com.marqasouq.kit.sandbox.client;

import com.fasterxml.jackson.databind.JsonNode;

/** A control or login the sandbox refused: the status and the sandbox's own {@code {type, message, code}}. */
public final class SandboxControlException extends RuntimeException {
    private final int status;
    private final String code;

    SandboxControlException(String method, String path, int status, JsonNode error) {
        super(method + " " + path + " answered " + status + message(error));
        this.status = status;
        this.code = error == null ? null : error.path("code").asText(null);
    }

    private static String message(JsonNode error) {
        if (error == null) {
            return "";
        }
        String text = error.isTextual() ? error.asText() : error.path("message").asText("");
        return text.isEmpty() ? "" : ": " + text;
    }

    public int status() {
        return status;
    }

    /** The error's {@code code}, e.g. {@code NOT_FOUND}; null when the answer had none. */
    public String code() {
        return code;
    }
}
