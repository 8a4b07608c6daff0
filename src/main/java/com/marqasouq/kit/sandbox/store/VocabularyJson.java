package com.marqasouq.kit.sandbox.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.marqasouq.kit.sandbox.domain.ClosedVocabulary;
import com.marqasouq.kit.sandbox.domain.orders.FulfillmentStatus;
import com.marqasouq.kit.sandbox.domain.orders.OrderStatus;
import com.marqasouq.kit.sandbox.domain.orders.PaymentStatus;
import com.marqasouq.kit.sandbox.domain.products.ProductStatus;
import java.io.IOException;

/**
 * D6's words in a state document: written as the API spells them, and read only when they are
 * one of them, so a loaded document never holds a status the sandbox does not implement.
 */
final class VocabularyJson {
    private VocabularyJson() {}

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("vocabulary");
        add(module, OrderStatus.class);
        add(module, FulfillmentStatus.class);
        add(module, PaymentStatus.class);
        add(module, ProductStatus.class);
        return module;
    }

    private static <E extends Enum<E> & ClosedVocabulary> void add(SimpleModule module, Class<E> type) {
        module.addSerializer(type, new StdSerializer<>(type) {
            @Override
            public void serialize(E word, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(word.value());
            }
        });
        module.addDeserializer(type, new StdScalarDeserializer<>(type) {
            @Override
            public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    @SuppressWarnings("unchecked")
                    E refused = (E) ctxt.handleUnexpectedToken(type, p);
                    return refused;
                }
                String text = p.getText();
                return ClosedVocabulary.of(type, text)
                        .orElseThrow(() -> ctxt.weirdStringException(text, type, "not one of its values"));
            }
        });
    }
}
