package com.marqasouq.kit.sandbox.http;

import com.marqasouq.kit.sandbox.domain.DomainException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refusal of the domain rules, in the API's error format. */
@Provider
public final class DomainExceptionMapper implements ExceptionMapper<DomainException> {
    @Override
    public Response toResponse(DomainException e) {
        return ErrorBody.response(e.kind().status, e.kind().type, e.code(), e.getMessage());
    }
}
