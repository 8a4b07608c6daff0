package com.marqasouq.kit.conformance.http;

import java.util.Map;

/** One HTTP request and its response, with secrets already redacted. */
public record Exchange(
        String method,
        String path,
        String query,
        Map<String, String> requestHeaders,
        String requestBody,
        int status,
        Map<String, String> responseHeaders,
        String responseBody,
        long durationMs) {

    /** "METHOD /path" as sent. */
    public String label() {
        return method + " " + path;
    }

    public String contentType() {
        return responseHeaders.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("Content-Type"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    /** A 404 page of the web framework: the target has no such route. */
    public boolean routeMissing() {
        return Exchanges.routeMissing(status, contentType());
    }

    /** The message of the target's error body, or null. */
    public String targetMessage() {
        return Exchanges.targetMessage(responseBody);
    }

    /** As a report attachment: a readable request/response transcript. */
    public String transcript() {
        StringBuilder out = new StringBuilder();
        out.append(method).append(' ').append(path);
        if (query != null && !query.isEmpty()) {
            out.append('?').append(query);
        }
        out.append('\n');
        requestHeaders.forEach((k, v) -> out.append(k).append(": ").append(v).append('\n'));
        if (requestBody != null && !requestBody.isEmpty()) {
            out.append('\n').append(requestBody).append('\n');
        }
        out.append("\n--> ").append(status).append(" (").append(durationMs).append(" ms)\n");
        responseHeaders.forEach((k, v) -> out.append(k).append(": ").append(v).append('\n'));
        if (responseBody != null && !responseBody.isEmpty()) {
            out.append('\n').append(responseBody).append('\n');
        }
        return out.toString();
    }
}
