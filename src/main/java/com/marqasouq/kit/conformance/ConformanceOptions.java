package com.marqasouq.kit.conformance;

import com.marqasouq.kit.conformance.report.Progress;
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
        boolean failFast,
        OperatorFacts facts,
        Progress.Level progress) {

    public ConformanceOptions {
        facts = facts == null ? OperatorFacts.NONE : facts;
        progress = progress == null ? Progress.Level.NORMAL : progress;
        List<String> ids = new java.util.ArrayList<>(orderIds == null ? List.of() : orderIds);
        facts.ordersToChange().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        orderIds = List.copyOf(ids);
    }

    /** Without operator facts (the tests' and most runs' case). */
    public ConformanceOptions(
            URI baseUrl,
            String email,
            String password,
            String tags,
            Path reportsDir,
            List<String> orderIds,
            Integer webhookListenPort,
            String webhookSecret,
            boolean failFast) {
        this(
                baseUrl,
                email,
                password,
                tags,
                reportsDir,
                orderIds,
                webhookListenPort,
                webhookSecret,
                failFast,
                null,
                null);
    }

    /** The base URL without a trailing slash, so paths can be appended. */
    public String base() {
        String url = baseUrl.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
