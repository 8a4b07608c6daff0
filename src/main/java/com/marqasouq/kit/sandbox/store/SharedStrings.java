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

/**
 * One String object per repeated text while a state document is read: 100,000 orders repeat the
 * same product titles, SKUs, cities, statuses and customers' addresses, and keeping each text once
 * makes the loaded state several times smaller. The pool is a fixed table indexed by the text's
 * hash, where a new text replaces the one in its slot: frequent texts stay, the unique ones (ids)
 * pass through without a map growing to millions of entries. It lives only as long as one read.
 */
final class SharedStrings extends StdScalarDeserializer<String> {
    private static final String POOL = SharedStrings.class.getName();
    /** Longer texts (descriptions, notes) rarely repeat; not worth a lookup. */
    private static final int MAX_SHARED_LENGTH = 120;

    private static final int SLOTS = 1 << 16;

    private SharedStrings() {
        super(String.class);
    }

    static SimpleModule module() {
        return new SimpleModule("shared-strings").addDeserializer(String.class, new SharedStrings());
    }

    /** A reader whose reads share strings through a pool of their own. */
    static ObjectReader reader(ObjectMapper mapper, Class<?> type) {
        return mapper.readerFor(type).withAttribute(POOL, new String[SLOTS]);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return StringDeserializer.instance.deserialize(p, ctxt); // its coercion rules and errors
        }
        String text = p.getText();
        if (!(ctxt.getAttribute(POOL) instanceof String[] pool) || text.length() > MAX_SHARED_LENGTH) {
            return text;
        }
        int hash = text.hashCode();
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        String shared = pool[slot];
        // A String caches its hash: comparing hashes first keeps equals() for the likely matches.
        if (shared != null && shared.hashCode() == hash && shared.equals(text)) {
            return shared;
        }
        pool[slot] = text;
        return text;
    }
}
