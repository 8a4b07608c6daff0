package com.marqasouq.kit.contract.stubs;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marqasouq.kit.contract.Operation;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Writes one WireMock mapping, its fields always in the same order so that diffs stay small. */
final class StubMappingJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StubMappingJson() {}

    /**
     * @param preference for {@link Selection#PREFER_CODE} and {@link Selection#PREFER_EXAMPLE}: the
     *     preference the {@code Prefer} header must hold, e.g. {@code code=404}; otherwise null
     */
    static Stub of(Operation operation, UrlPathMatcher url, Selection selection, String preference, Answer answer) {
        String fileName = fileName(operation, selection, answer);
        String selectedBy = switch (selection) {
            case SUCCESS -> "documented success";
            case NO_BEARER_TOKEN -> "no bearer token";
            case PREFER_CODE, PREFER_EXAMPLE -> "Prefer: " + preference;
        };

        ObjectNode mapping = NODES.objectNode();
        mapping.put("id", idFor(fileName));
        mapping.put(
                "name", operation.id() + ": " + answer.status() + " " + answer.exampleName() + " (" + selectedBy + ")");
        mapping.put("priority", selection.priority);
        mapping.set("request", request(operation, url, selection, preference, answer));
        mapping.set("response", response(answer));
        ObjectNode metadata = mapping.putObject("metadata");
        metadata.put("operationId", operation.id());
        metadata.put("method", operation.method());
        metadata.put("path", operation.path());
        metadata.put("response", answer.responseKey());
        metadata.put("example", answer.exampleName());
        metadata.put("selectedBy", selectedBy);
        return new Stub(fileName, mapping);
    }

    /**
     * A mapping's id is derived from its file name, so it is stable across runs and tells the
     * kit's own files (the id matches the name) from anybody else's.
     */
    static String idFor(String fileName) {
        return UUID.nameUUIDFromBytes(("marqasouq-odoo-kit/" + fileName).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static ObjectNode request(
            Operation operation, UrlPathMatcher url, Selection selection, String preference, Answer answer) {
        ObjectNode request = NODES.objectNode();
        request.put("method", operation.method());
        request.put(url.key(), url.value());
        if (selection == Selection.NO_BEARER_TOKEN) {
            ObjectNode authorization = request.putObject("headers").putObject("Authorization");
            authorization
                    .putArray("or")
                    .add(NODES.objectNode().put("absent", true))
                    .add(NODES.objectNode().put("doesNotMatch", Selection.BEARER_TOKEN));
        } else if (preference != null) {
            String[] nameAndValue = preference.split("=", 2);
            ObjectNode prefer = request.putObject("headers").putObject("Prefer");
            String wanted = Selection.preferRegex(nameAndValue[0], nameAndValue[1]);
            if (selection == Selection.PREFER_EXAMPLE) {
                prefer.putArray("and")
                        .add(NODES.objectNode().put("matches", wanted))
                        .add(NODES.objectNode().put("doesNotMatch", Selection.preferOtherCodeRegex(answer.status())));
            } else {
                prefer.put("matches", wanted);
            }
        }
        return request;
    }

    private static ObjectNode response(Answer answer) {
        ObjectNode response = NODES.objectNode();
        response.put("status", answer.status());
        if (answer.body() != null) {
            response.putObject("headers").put("Content-Type", ResponseExamples.MEDIA_TYPE);
            response.set("jsonBody", answer.body());
        }
        return response;
    }

    private static String fileName(Operation operation, Selection selection, Answer answer) {
        String base = operation.id();
        return switch (selection) {
            case SUCCESS -> base + ".json";
            case NO_BEARER_TOKEN -> base + "-" + answer.status() + "-no-token.json";
            case PREFER_CODE -> base + "-" + answer.status() + ".json";
            case PREFER_EXAMPLE -> base + "-" + answer.status() + "-" + safe(answer.exampleName()) + ".json";
        };
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
