package com.marqasouq.kit.sandbox.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One log line per request (method, path, status, ms), and the recent-requests list (D21). */
@PreMatching
@Priority(1)
public final class RequestLogFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final Logger LOG = LoggerFactory.getLogger("sandbox.requests");
    private static final String STARTED = RequestLogFilter.class.getName() + ".started";

    private final RecentRequests recent;

    public RequestLogFilter(RecentRequests recent) {
        this.recent = recent;
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
        LOG.info("{} {}{} {} {} ms", method, path, query == null ? "" : "?" + query, response.getStatus(), ms);
        recent.add(Instant.now(), method, path, query, response.getStatus(), ms);
    }
}
