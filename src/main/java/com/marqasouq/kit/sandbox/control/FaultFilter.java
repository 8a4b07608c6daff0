package com.marqasouq.kit.sandbox.control;

import com.marqasouq.kit.sandbox.http.ErrorBody;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Applies injected faults (D19, D21) before routing: after the request log (so faulted requests
 * are logged and listed) and before the bearer check (so a client sees the fault it asked for,
 * as it would from a proxy or rate limiter in front of the shop).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 500)
public final class FaultFilter implements ContainerRequestFilter {
    private final Faults faults;

    public FaultFilter(Faults faults) {
        this.faults = faults;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath();
        InjectedFault fault = faults.take(request.getMethod(), path);
        if (fault == null) {
            return;
        }
        pause(fault.delayMs);
        if (fault.status == null) {
            return; // delay only: served normally
        }
        Response.ResponseBuilder response =
                Response.fromResponse(ErrorBody.forStatus(fault.status, fault.messageFor(request.getMethod(), path)));
        if (fault.retryAfter != null) {
            response.header(HttpHeaders.RETRY_AFTER, fault.retryAfter);
        }
        request.abortWith(response.build());
    }

    private static void pause(int millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
