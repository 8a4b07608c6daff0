package com.marqasouq.kit.sandbox.http;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Strict conversions of query values (D5): a known parameter with a bad value is a 400 that
 * says what is expected. Jersey's defaults would turn {@code maybe} into false and fail to
 * start without a converter for date-times.
 */
@Provider
public final class QueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> raw, Type generic, Annotation[] annotations) {
        if (raw == OffsetDateTime.class) {
            return (ParamConverter<T>) converter(LenientTimestamps::parse, OffsetDateTime::toString);
        }
        if (raw == Boolean.class) {
            return (ParamConverter<T>) converter(QueryParamConverters::strictBoolean, String::valueOf);
        }
        if (raw.isEnum()) {
            return enumConverter(raw);
        }
        if (raw == List.class
                && generic instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element
                && element.isEnum()) {
            return (ParamConverter<T>) commaSeparated(element);
        }
        return null;
    }

    /**
     * A comma-separated list of enum values (D5, {@code /odoo/orders?status=pending,completed}).
     * Converting the whole list keeps an absent parameter null (Jersey would pass an empty list,
     * which the spec's minItems refuses) and makes a bad value a 400 naming the parameter (Jersey
     * lets a failed list element escape as a 500).
     */
    private static <E> ParamConverter<List<E>> commaSeparated(Class<E> element) {
        ParamConverter<E> single = enumConverter(element);
        return converter(
                value -> Arrays.stream(value.split(",", -1))
                        .map(String::trim)
                        .map(single::fromString)
                        .toList(),
                values -> values.stream().map(single::toString).collect(Collectors.joining(",")));
    }

    private static Boolean strictBoolean(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("must be true or false, got \"" + value + "\"");
        };
    }

    /** Generated enums carry their wire values in toString(). */
    private static <T> ParamConverter<T> enumConverter(Class<T> type) {
        T[] constants = type.getEnumConstants();
        String allowed = Arrays.stream(constants).map(Object::toString).collect(Collectors.joining(", "));
        return converter(
                value -> {
                    for (T constant : constants) {
                        if (constant.toString().equals(value)) {
                            return constant;
                        }
                    }
                    throw new IllegalArgumentException("must be one of " + allowed + ", got \"" + value + "\"");
                },
                Object::toString);
    }

    private static <T> ParamConverter<T> converter(
            java.util.function.Function<String, T> from, java.util.function.Function<T, String> to) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                return from.apply(value);
            }

            @Override
            public String toString(T value) {
                return to.apply(value);
            }
        };
    }
}
