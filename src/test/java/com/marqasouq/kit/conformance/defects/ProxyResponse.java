package com.marqasouq.kit.conformance.defects;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A response passing back through the defect proxy. */
record ProxyResponse(int status, Map<String, String> headers, byte[] body) {

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    ProxyResponse with(int newStatus, String text) {
        return new ProxyResponse(newStatus, headers, text.getBytes(StandardCharsets.UTF_8));
    }

    ProxyResponse withBody(String text) {
        return with(status, text);
    }
}
