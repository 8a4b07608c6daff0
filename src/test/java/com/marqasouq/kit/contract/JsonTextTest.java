package com.marqasouq.kit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void writesTwoSpaceIndentedJsonWithUnixLineEndsAndAFinalNewline() throws Exception {
        String json = JsonText.pretty(new ObjectMapper().readTree("{\"b\":1,\"a\":[true,null],\"c\":{}}"));
        assertEquals("{\n  \"b\": 1,\n  \"a\": [\n    true,\n    null\n  ],\n  \"c\": {}\n}\n", json);
    }
}
