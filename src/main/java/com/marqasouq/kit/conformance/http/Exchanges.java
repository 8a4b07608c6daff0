package com.marqasouq.kit.conformance.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** What an answer says about the target, read the same way wherever the suite needs it. */
public final class Exchanges {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LONGEST_MESSAGE = 200;

    private Exchanges() {}

    /**
     * A 404 that is not JSON is the web framework's own page for a path it has no route for
     * (Express answers "Cannot GET /odoo/orders" as HTML), not the API saying a record is missing.
     */
    public static boolean routeMissing(int status, String contentType) {
        return status == 404 && !isJson(contentType);
    }

    public static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase().contains("json");
    }

    /**
     * The target's own reason: the {@code message} of a JSON error body (or {@code error}), or
     * the start of a body that is not JSON; null when the answer says nothing.
     */
    public static String targetMessage(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            for (String field : new String[] {"message", "error", "detail"}) {
                if (node != null && node.path(field).isTextual()) {
                    return shorten(node.path(field).asText());
                }
            }
            return null;
        } catch (IOException notJson) {
            return shorten(
                    body.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip());
        }
    }

    private static String shorten(String text) {
        return text.length() > LONGEST_MESSAGE ? text.substring(0, LONGEST_MESSAGE - 1) + "…" : text;
    }
}
