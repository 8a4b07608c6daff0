package com.marqasouq.kit.contract.stubs;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A documented response a stub gives: the spec's response key ({@code 200}, {@code default}),
 * the HTTP status sent, and the example (null body for a response without content).
 */
record Answer(String responseKey, int status, String exampleName, JsonNode body) {}
