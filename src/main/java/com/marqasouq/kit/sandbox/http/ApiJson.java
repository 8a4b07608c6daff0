package com.marqasouq.kit.sandbox.http;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.marqasouq.kit.generated.model.FulfillmentItemInput;
import com.marqasouq.kit.generated.model.OdooOrderDetailItem;
import com.marqasouq.kit.generated.model.PriceInput;
import com.marqasouq.kit.generated.model.ProductVariant;
import com.marqasouq.kit.generated.model.ReduceStockItemsRequest;
import com.marqasouq.kit.generated.model.ReduceStockRequest;
import com.marqasouq.kit.generated.model.ReduceStockSingleRequest;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The JSON rules of the API: strict input, RFC 3339 UTC output with milliseconds (D2, D19, D24). */
public final class ApiJson {
    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private ApiJson() {}

    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    public static ObjectMapper mapper() {
        SimpleModule timestamps = new SimpleModule("timestamps");
        timestamps.addSerializer(OffsetDateTime.class, new JsonSerializer<>() {
            @Override
            public void serialize(OffsetDateTime value, JsonGenerator gen, SerializerProvider provider)
                    throws IOException {
                gen.writeString(TIMESTAMP.format(value.toInstant()));
            }
        });
        timestamps.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(TIMESTAMP.format(value));
            }
        });
        // A date-time is an RFC 3339 string: Jackson would also read a number as epoch seconds.
        timestamps.addDeserializer(OffsetDateTime.class, new StringOnlyDateTime());
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                // Emoji go out as the 4 UTF-8 bytes they came in as, not as escaped surrogate pairs.
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .addModule(timestamps)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // Absent optional fields are omitted, but null values inside metadata are kept.
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
                .addMixIn(ProductVariant.class, NullableBarcode.class)
                .addMixIn(OdooOrderDetailItem.class, NullableBarcode.class)
                .addMixIn(FulfillmentItemInput.class, FulfillmentItemAlias.class)
                .addMixIn(ReduceStockRequest.class, ReduceStockForms.class)
                .addMixIn(PriceInput.class, UpperCaseCurrency.class)
                // No request field is nullable in the spec: a null is a 400 naming it, never "absent".
                .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL))
                // No array of any body may hold a null: 400 naming the element, e.g. items[0].
                .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
                .build();
        // A wrong type is a 400 naming the field, never a silent conversion (D19).
        for (LogicalType type :
                new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean, LogicalType.Textual}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(
                            CoercionInputShape.String,
                            type == LogicalType.Textual ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(
                            CoercionInputShape.Integer,
                            type == LogicalType.Integer || type == LogicalType.Float
                                    ? CoercionAction.TryConvert
                                    : CoercionAction.Fail)
                    .setCoercion(
                            CoercionInputShape.Float,
                            type == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(
                            CoercionInputShape.Boolean,
                            type == LogicalType.Boolean ? CoercionAction.TryConvert : CoercionAction.Fail);
        }
        return mapper;
    }

    static final class StringOnlyDateTime extends StdScalarDeserializer<OffsetDateTime> {
        StringOnlyDateTime() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (OffsetDateTime) ctxt.handleUnexpectedToken(OffsetDateTime.class, p);
            }
            return InstantDeserializer.OFFSET_DATE_TIME.deserialize(p, ctxt);
        }
    }

    /** D24: a barcode the variant does not have is sent as null, as the document shows it. */
    abstract static class NullableBarcode {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract String getBarcode();
    }

    /** D9, D24: MedusaJS v2 clients name the line item {@code id}; the sandbox accepts both. */
    abstract static class FulfillmentItemAlias {
        @JsonAlias("id")
        abstract void setItemId(String itemId);
    }

    /**
     * D1, D24: a request's currency code is accepted in any case and read as upper case, so that
     * {@code kwd} passes the spec's {@code ^[A-Z]{3}$} bound and is stored as {@code KWD}.
     */
    abstract static class UpperCaseCurrency {
        @JsonDeserialize(using = UpperCaseString.class)
        abstract String getCurrencyCode();
    }

    static final class UpperCaseString extends StdScalarDeserializer<String> {
        UpperCaseString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            return value == null ? null : value.toUpperCase(Locale.ROOT);
        }
    }

    /** D14: the two reduce-stock bodies are told apart by their fields. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
    @JsonSubTypes({@JsonSubTypes.Type(ReduceStockSingleRequest.class), @JsonSubTypes.Type(ReduceStockItemsRequest.class)
    })
    abstract static class ReduceStockForms {}
}
