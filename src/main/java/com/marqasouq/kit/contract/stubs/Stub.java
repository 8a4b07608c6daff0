package com.marqasouq.kit.contract.stubs;

import com.fasterxml.jackson.databind.JsonNode;

/** One WireMock mapping and the file it goes to under {@code mappings/}. */
record Stub(String fileName, JsonNode mapping) {}
