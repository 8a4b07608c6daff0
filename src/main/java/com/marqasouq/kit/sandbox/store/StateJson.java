package com.marqasouq.kit.sandbox.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.marqasouq.kit.sandbox.domain.ClosedVocabulary;
import com.marqasouq.kit.sandbox.domain.DomainException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The JSON of the state document, kept apart from the API's mapper on purpose: the document is
 * the domain entities' public fields in snake_case ({@code address1} becomes {@code address_1},
 * as in the API), with no generated models involved. It is strict where a hand-edited file
 * could go silently wrong (an unknown or misspelt field, a string for a number, a null for a
 * number) and keeps {@code null} values inside maps, so metadata such as
 * {@code odoo_order_id: null} survives a round trip.
 */
final class StateJson {
    private static final ObjectMapper MAPPER = build();

    private StateJson() {}

    static JsonNode tree(StateDocument document) {
        return MAPPER.valueToTree(document);
    }

    static byte[] bytes(StateDocument document) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The state could not be written as JSON", e);
        }
    }

    /** Reads a document; a shape or type error is a 400 naming the field, e.g. {@code orders[2].created_at}. */
    static StateDocument read(JsonNode tree) {
        try {
            return SharedStrings.reader(MAPPER, StateDocument.class).readValue(tree);
        } catch (IOException e) {
            throw DomainException.invalid(e instanceof JsonProcessingException p ? describe(p) : e.getMessage());
        }
    }

    /** Reads a document straight from its bytes, entity by entity, without building a tree of it first. */
    static StateDocument read(byte[] json) {
        try {
            return read(MAPPER.createParser(json));
        } catch (IOException e) {
            throw DomainException.invalid("The state document could not be read: " + e.getMessage());
        }
    }

    /** As {@link #read(byte[])}, from a stream: a large file is never held whole in memory. */
    static StateDocument read(InputStream json) throws IOException {
        return read(MAPPER.createParser(json));
    }

    private static StateDocument read(JsonParser source) throws IOException {
        try (JsonParser parser = source) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw DomainException.invalid("The state document must be a JSON object");
            }
            return SharedStrings.reader(MAPPER, StateDocument.class).readValue(parser);
        } catch (StreamReadException e) {
            throw notJson(e);
        } catch (JsonMappingException e) {
            // Read as it streams, a syntax error inside an entity arrives wrapped in a mapping error,
            // and a document that stops early fails where a value was expected.
            if (e.getCause() instanceof StreamReadException syntax) {
                throw notJson(syntax);
            }
            if (e.getOriginalMessage() != null && e.getOriginalMessage().contains("end-of-input")) {
                throw notJson(e);
            }
            throw DomainException.invalid(describe(e));
        }
    }

    private static DomainException notJson(JsonProcessingException e) {
        return DomainException.invalid("The state document is not valid JSON" + JsonSyntax.describe(e));
    }

    private static String describe(JsonProcessingException e) {
        String path = e instanceof JsonMappingException m ? path(m) : "";
        String where = path.isEmpty() ? "The state document" : path;
        if (e instanceof UnrecognizedPropertyException) {
            return where + ": unknown field";
        }
        if (e instanceof MismatchedInputException m
                && m.getTargetType() != null
                && ClosedVocabulary.class.isAssignableFrom(m.getTargetType())) {
            @SuppressWarnings("unchecked")
            Class<? extends ClosedVocabulary> words = (Class<? extends ClosedVocabulary>) m.getTargetType();
            Object got = e instanceof InvalidFormatException f ? f.getValue() : null;
            return where + ": must be one of " + String.join(", ", new TreeSet<>(ClosedVocabulary.values(words)))
                    + (got == null ? "" : ", got \"" + got + "\"");
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            Class<?> type = m.getTargetType();
            if (type == Instant.class) {
                return where + ": must be an RFC 3339 date-time such as 2026-01-30T10:30:00.000Z";
            }
            if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
                return where + ": must be an integer";
            }
            if (type == boolean.class || type == Boolean.class) {
                return where + ": must be true or false";
            }
            if (type == String.class) {
                return where + ": must be a string";
            }
        }
        return where + ": has a value of the wrong type";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static ObjectMapper build() {
        // A list or map written as null reads as empty, so no entity ever holds a null collection.
        JsonSetter.Value nullAsEmpty = JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY);
        return JsonMapper.builder()
                .addModule(StateTimestamps.module())
                .addModule(SharedStrings.module())
                .addModule(VocabularyJson.module())
                // Emoji go out as the 4 UTF-8 bytes they came in as, not as escaped surrogate pairs.
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .withConfigOverride(List.class, o -> o.setSetterInfo(nullAsEmpty))
                .withConfigOverride(Map.class, o -> o.setSetterInfo(nullAsEmpty))
                .withConfigOverride(LinkedHashMap.class, o -> o.setSetterInfo(nullAsEmpty))
                .propertyNamingStrategy(new SnakeCaseWithDigits())
                // The document is the entities' public fields, nothing derived (total(), available()...).
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.PUBLIC_ONLY)
                .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.PUBLIC_ONLY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
                .build();
    }

    /** snake_case that also separates digits: {@code address1} is {@code address_1}, as the API spells it. */
    static final class SnakeCaseWithDigits extends PropertyNamingStrategies.NamingBase {
        private static final PropertyNamingStrategies.NamingBase SNAKE =
                new PropertyNamingStrategies.SnakeCaseStrategy();

        @Override
        public String translate(String name) {
            String snake = SNAKE.translate(name);
            return snake.replaceAll("([a-z])([0-9])", "$1_$2");
        }
    }
}
