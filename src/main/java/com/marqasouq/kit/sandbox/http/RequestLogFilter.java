package com.marqasouq.kit.sandbox.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.time.Instant;

/**
 * One log line per request (method, path, status, ms), and the recent-requests list (D21). The
 * entry is listed at once (a client that asks next sees it); the line is written by
 * {@link RequestLog}'s own thread.
 */
@PreMatching
@Priority(1)
public final class RequestLogFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String STARTED = RequestLogFilter.class.getName() + ".started";

    private final RecentRequests recent;
    private final RequestLog log;

    public RequestLogFilter(RecentRequests recent, RequestLog log) {
        this.recent = recent;
        this.log = log;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        long ms = started == null ? 0 : (System.nanoTime() - (Long) started) / 1_000_000;
        String path = "/" + request.getUriInfo().getPath(false);
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String method = request.getMethod();
        log.add(recent.add(Instant.now(), method, path, query, response.getStatus(), ms));
    }
}
