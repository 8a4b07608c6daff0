package com.marqasouq.kit.sandbox.auth;

import com.marqasouq.kit.sandbox.http.ErrorBody;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every /admin, /odoo and /_sandbox route needs a valid bearer token (D18, D21); checked before
 * routing, so an unknown protected route without a token is a 401 too.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class BearerAuthFilter implements ContainerRequestFilter {
    private static final Pattern BEARER = Pattern.compile("^Bearer\\s+(\\S+)\\s*$", Pattern.CASE_INSENSITIVE);

    private final TokenService tokens;

    public BearerAuthFilter(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!isProtected(request.getUriInfo().getPath())) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String problem;
        if (header == null || header.isBlank()) {
            problem = "A bearer token is required: send Authorization: Bearer <token> from POST /auth/user/emailpass";
        } else {
            Matcher m = BEARER.matcher(header);
            problem = m.matches() ? tokens.problem(m.group(1)) : "The Authorization header must be \"Bearer <token>\"";
        }
        if (problem != null) {
            request.abortWith(Response.fromResponse(ErrorBody.unauthorized(problem))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"marqasouq\"")
                    .build());
        }
    }

    static boolean isProtected(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.equals("_sandbox") || p.equals("_sandbox/")) {
            return false; // the index of the controls: links only, no data
        }
        return p.equals("admin")
                || p.startsWith("admin/")
                || p.equals("odoo")
                || p.startsWith("odoo/")
                || p.equals("_sandbox")
                || p.startsWith("_sandbox/");
    }
}
