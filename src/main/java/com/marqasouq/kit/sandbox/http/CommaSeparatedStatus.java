package com.marqasouq.kit.sandbox.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /odoo/orders?status=pending,completed} (D5): the spec declares the parameter as a
 * comma-separated array (style form, explode false), which JAX-RS does not split by itself.
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
        if (raw == null || raw.stream().noneMatch(v -> v.contains(","))) {
            return;
        }
        List<String> values = new ArrayList<>();
        for (String value : raw) {
            for (String part : value.split(",", -1)) {
                values.add(part.trim());
            }
        }
        UriBuilder uri = request.getUriInfo().getRequestUriBuilder().replaceQueryParam("status", values.toArray());
        request.setRequestUri(uri.build());
    }
}
