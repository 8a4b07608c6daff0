package com.marqasouq.kit.sandbox.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A bug: logged with its stack trace on the server, answered without one (D19). */
@Provider
public final class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        LOG.error("Unexpected error", e);
        return ErrorBody.forStatus(500, "An internal error occurred");
    }
}
