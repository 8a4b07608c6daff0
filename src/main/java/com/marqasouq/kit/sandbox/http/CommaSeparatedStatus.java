package com.marqasouq.kit.sandbox.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * {@code GET /odoo/orders?status=pending,completed} (D5): the spec declares the parameter as a
 * comma-separated array (style form, explode false), which {@link QueryParamConverters} splits.
 * A client that repeats the parameter instead ({@code status=pending&status=completed}) is
 * tolerated: its values are joined into the one comma-separated value the converter reads.
 */
@Provider
@PreMatching
public final class CommaSeparatedStatus implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"odoo/orders".equals(request.getUriInfo().getPath())) {
            return;
        }
        List<String> raw = request.getUriInfo().getQueryParameters().get("status");
        if (raw == null || raw.size() < 2) {
            return;
        }
        UriBuilder uri = request.getUriInfo().getRequestUriBuilder().replaceQueryParam("status", String.join(",", raw));
        request.setRequestUri(uri.build());
    }
}
