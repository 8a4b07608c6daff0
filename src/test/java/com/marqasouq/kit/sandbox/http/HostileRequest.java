package com.marqasouq.kit.sandbox.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One request built to be refused: what it breaks, and its exact bytes on the wire. */
record HostileRequest(String what, String method, String target, Map<String, String> headers, byte[] body) {

    static HostileRequest of(String what, String method, String target, String token, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        return new HostileRequest(what, method, target, headers, body);
    }

    HostileRequest withHeader(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return new HostileRequest(what, method, target, changed, body);
    }

    HostileRequest describedAs(String description) {
        return new HostileRequest(description, method, target, headers, body);
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: 127.0.0.1\r\nConnection: close\r\n");
        headers.forEach(
                (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null && !headers.containsKey("Content-Length")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        String shownTarget = target.length() > 120 ? target.substring(0, 120) + "…" : target;
        return method + " " + shownTarget + " (" + what + ")";
    }
}
