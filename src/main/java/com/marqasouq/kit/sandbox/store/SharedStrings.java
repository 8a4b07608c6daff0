package com.marqasouq.kit.sandbox.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.HashMap;

/**
 * One String object per distinct text while a state document is read: 100,000 orders repeat the
 * same product titles, SKUs, cities, statuses and customers' addresses, and keeping each text once
 * makes the loaded state several times smaller. The pool lives only as long as one read.
 */
final class SharedStrings extends StdScalarDeserializer<String> {
    private static final String POOL = SharedStrings.class.getName();
    /** Longer texts (descriptions, notes) rarely repeat; not worth a lookup. */
    private static final int MAX_SHARED_LENGTH = 120;

    private SharedStrings() {
        super(String.class);
    }

    static SimpleModule module() {
        return new SimpleModule("shared-strings").addDeserializer(String.class, new SharedStrings());
    }

    /** A reader whose reads share strings through a pool of their own. */
    static ObjectReader reader(ObjectMapper mapper, Class<?> type) {
        return mapper.readerFor(type).withAttribute(POOL, new HashMap<String, String>());
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return StringDeserializer.instance.deserialize(p, ctxt); // its coercion rules and errors
        }
        String text = p.getText();
        @SuppressWarnings("unchecked")
        HashMap<String, String> pool = (HashMap<String, String>) ctxt.getAttribute(POOL);
        if (pool == null || text.length() > MAX_SHARED_LENGTH) {
            return text;
        }
        String shared = pool.putIfAbsent(text, text);
        return shared == null ? text : shared;
    }
}
