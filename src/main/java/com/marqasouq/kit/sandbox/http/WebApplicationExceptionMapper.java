package com.marqasouq.kit.sandbox.http;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.server.ParamException;

/** Routing and parameter failures of the framework, in the API's error format (D19). */
@Provider
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e instanceof ParamException param) {
            // JAX-RS answers a bad query or path value with 404; the API says 400 naming it (D5).
            return ErrorBody.invalid(param.getParameterName() + ": " + describe(param));
        }
        if (e instanceof NotFoundException) {
            return ErrorBody.forStatus(404, "No route " + path() + "; see /docs for the API");
        }
        if (e instanceof NotAllowedException) {
            Response.ResponseBuilder allowed = Response.fromResponse(ErrorBody.forStatus(
                    405,
                    "Method not allowed on " + path() + "; allowed: "
                            + String.join(", ", e.getResponse().getAllowedMethods())));
            allowed.allow(e.getResponse().getAllowedMethods());
            return allowed.build();
        }
        if (e instanceof NotSupportedException) {
            return ErrorBody.forStatus(415, "Send the body as application/json");
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        String message = e.getMessage() == null ? "Request failed" : e.getMessage();
        if (status >= 500) {
            message = "An internal error occurred";
        }
        return ErrorBody.forStatus(status, message);
    }

    private String path() {
        return uri == null ? "" : "/" + uri.getPath();
    }

    private static String describe(ParamException e) {
        // Jersey wraps the converter's exception; the innermost one says what was wrong.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof NumberFormatException number) {
                String message = number.getMessage() == null ? "" : number.getMessage();
                int quote = message.indexOf('"');
                return "must be an integer" + (quote >= 0 ? ", got " + message.substring(quote) : "");
            }
            if (cause instanceof IllegalArgumentException && cause.getMessage() != null && cause.getCause() == null) {
                return cause.getMessage();
            }
        }
        return "has a bad value";
    }
}
