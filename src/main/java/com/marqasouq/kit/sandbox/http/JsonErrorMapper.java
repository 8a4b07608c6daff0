package com.marqasouq.kit.sandbox.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Malformed JSON, a wrong type or an unknown field: 400 naming the field (D19). */
@Provider
public final class JsonErrorMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        return ErrorBody.invalid(describe(e));
    }

    static String describe(JsonProcessingException e) {
        if (e instanceof JsonParseException parse) {
            return "The body is not valid JSON (line " + parse.getLocation().getLineNr() + ", column "
                    + parse.getLocation().getColumnNr() + ")";
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String path = path(unknown);
            return path + ": unknown field; expected one of "
                    + unknown.getKnownPropertyIds().stream()
                            .map(Object::toString)
                            .sorted()
                            .collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidTypeIdException) {
            return "The body matches neither form: send {sku, quantity, order_id, reason} or {order_id, reason, items}";
        }
        if (e instanceof InvalidNullException nullElement) {
            String path = path(nullElement);
            return (path.isEmpty() ? "The body" : path) + ": must not be null";
        }
        if (e instanceof MismatchedInputException mismatch) {
            String path = path(mismatch);
            String original = mismatch.getOriginalMessage();
            if (original != null && original.startsWith("Missing required creator property")) {
                return path(mismatch) + ": is required";
            }
            if (original != null && original.contains("No content to map")) {
                return "A JSON body is required";
            }
            if (path.isEmpty()) {
                return "The body must be a JSON object";
            }
            return path + ": " + expected(mismatch.getTargetType());
        }
        if (e instanceof ValueInstantiationException bad
                && bad.getType() != null
                && bad.getType().isEnumType()) {
            // Generated enums refuse an unknown value in their creator, not as a type mismatch.
            return path(bad) + ": must be one of "
                    + Arrays.stream(bad.getType().getRawClass().getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        if (e instanceof JsonMappingException mapping) {
            String path = path(mapping);
            return path.isEmpty()
                    ? "The body does not have the expected shape"
                    : path + ": has a value of the wrong type";
        }
        return "The body could not be read as JSON";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has a value of the wrong type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be an integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        if (type.isEnum()) {
            return "must be one of the documented values";
        }
        if (java.util.Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
            return "must be an object";
        }
        return "has a value of the wrong type";
    }

    /** The JSON path of the offending value, e.g. {@code updates[2].stocked_quantity}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        if (e instanceof MismatchedInputException m
                && m.getOriginalMessage() != null
                && m.getOriginalMessage().startsWith("Missing required creator property")) {
            String message = m.getOriginalMessage();
            int start = message.indexOf('\'');
            int end = message.indexOf('\'', start + 1);
            if (start >= 0 && end > start) {
                String field = message.substring(start + 1, end);
                // Jackson's path may already end with the missing field: name it once.
                if (path.toString().equals(field) || path.toString().endsWith("." + field)) {
                    return path.toString();
                }
                return path.length() == 0 ? field : path + "." + field;
            }
        }
        return path.toString();
    }
}
