package com.marqasouq.kit.sandbox.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Hands Jersey's Jackson provider the API's mapper. */
@Provider
public final class ApiJsonProvider implements ContextResolver<ObjectMapper> {
    private final ObjectMapper mapper = ApiJson.mapper();

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }
}
