package com.marqasouq.kit.sandbox.auth;

import com.marqasouq.kit.sandbox.http.ErrorBody;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.glassfish.grizzly.http.server.Request;

/** Applies the {@link LoginThrottle} to {@code POST /auth/user/emailpass}, by the client's address. */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class LoginThrottleFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String LOGIN = "auth/user/emailpass";

    private final LoginThrottle throttle;
    private final Provider<Request> connection;

    @Inject
    public LoginThrottleFilter(LoginThrottle throttle, Provider<Request> connection) {
        this.throttle = throttle;
        this.connection = connection;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!isLogin(request)) {
            return;
        }
        Optional<Duration> wait = throttle.waitFor(client());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            request.abortWith(Response.fromResponse(ErrorBody.forStatus(
                            429, "Too many failed logins from this client; try again in " + seconds + " s"))
                    .header(HttpHeaders.RETRY_AFTER, seconds)
                    .build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!isLogin(request)) {
            return;
        }
        if (response.getStatus() == 401) {
            throttle.failed(client());
        } else if (response.getStatus() == 200) {
            throttle.succeeded(client());
        }
    }

    private static boolean isLogin(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return "POST".equals(request.getMethod()) && LOGIN.equals(path.startsWith("/") ? path.substring(1) : path);
    }

    private String client() {
        String address = connection.get().getRemoteAddr();
        return address == null ? "unknown" : address;
    }
}
