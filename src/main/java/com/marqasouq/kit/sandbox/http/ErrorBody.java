package com.marqasouq.kit.sandbox.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the API's error response {type, message, code} (section 7, D19). */
public final class ErrorBody {
    private ErrorBody() {}

    public static Response response(int status, String type, String code, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body(type, code, message))
                .build();
    }

    public static Map<String, Object> body(String type, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        body.put("code", code);
        return body;
    }

    public static Response invalid(String message) {
        return response(400, "invalid_data", "INVALID_DATA", message);
    }

    public static Response unauthorized(String message) {
        return response(401, "unauthorized", "UNAUTHORIZED", message);
    }

    /** The type and code that go with a status the API does not name itself (D19). */
    public static Response forStatus(int status, String message) {
        return switch (status) {
            case 400 -> invalid(message);
            case 401 -> unauthorized(message);
            case 403 -> response(403, "forbidden", "FORBIDDEN", message);
            case 404 -> response(404, "not_found", "NOT_FOUND", message);
            case 405 -> response(405, "method_not_allowed", "METHOD_NOT_ALLOWED", message);
            case 406 -> response(406, "not_acceptable", "NOT_ACCEPTABLE", message);
            case 409 -> response(409, "conflict", "CONFLICT", message);
            case 413 -> response(413, "invalid_data", "PAYLOAD_TOO_LARGE", message);
            case 414 -> response(414, "invalid_data", "URI_TOO_LONG", message);
            case 415 -> response(415, "invalid_data", "UNSUPPORTED_MEDIA_TYPE", message);
            case 431 -> response(431, "invalid_data", "HEADERS_TOO_LARGE", message);
            case 429 -> response(429, "rate_limited", "RATE_LIMITED", message);
            case 503 -> response(503, "unavailable", "SERVICE_UNAVAILABLE", message);
            default ->
                status >= 500
                        ? response(status, "server_error", "SERVER_ERROR", message)
                        : response(status, "invalid_data", "INVALID_DATA", message);
        };
    }
}
