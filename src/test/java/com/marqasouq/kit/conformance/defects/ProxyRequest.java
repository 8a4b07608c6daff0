package com.marqasouq.kit.conformance.defects;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request passing through the defect proxy; defects return changed copies. */
record ProxyRequest(String method, String path, String rawQuery, Map<String, String> headers, byte[] body) {

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    boolean is(String m, String pathPattern) {
        return method.equalsIgnoreCase(m) && path.matches(pathPattern);
    }

    ProxyRequest withBody(String text) {
        return new ProxyRequest(method, path, rawQuery, headers, text.getBytes(StandardCharsets.UTF_8));
    }

    ProxyRequest withQuery(String query) {
        return new ProxyRequest(method, path, query, headers, body);
    }

    ProxyRequest withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.keySet().removeIf(k -> k.equalsIgnoreCase(name));
        if (value != null) {
            copy.put(name, value);
        }
        return new ProxyRequest(method, path, rawQuery, copy, body);
    }

    String header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    /** The query without one parameter (raw or %-encoded name). */
    ProxyRequest withoutQueryParameter(String name) {
        if (rawQuery == null) {
            return this;
        }
        String encoded = java.net.URLEncoder.encode(name, StandardCharsets.UTF_8);
        StringBuilder kept = new StringBuilder();
        for (String part : rawQuery.split("&")) {
            String key = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
            if (key.equals(name) || key.equalsIgnoreCase(encoded)) {
                continue;
            }
            if (kept.length() > 0) {
                kept.append('&');
            }
            kept.append(part);
        }
        return withQuery(kept.length() == 0 ? null : kept.toString());
    }
}
