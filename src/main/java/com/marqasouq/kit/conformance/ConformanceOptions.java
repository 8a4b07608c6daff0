package com.marqasouq.kit.conformance;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/** What a conformance run targets and how; filled by the {@code conformance} command. */
public record ConformanceOptions(
        URI baseUrl,
        String email,
        String password,
        String tags,
        Path reportsDir,
        List<String> orderIds,
        Integer webhookListenPort,
        String webhookSecret,
        boolean failFast) {

    public ConformanceOptions {
        orderIds = orderIds == null ? List.of() : List.copyOf(orderIds);
    }

    /** The base URL without a trailing slash, so paths can be appended. */
    public String base() {
        String url = baseUrl.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
