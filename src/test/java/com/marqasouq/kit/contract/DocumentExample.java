package com.marqasouq.kit.contract;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * One example of the API document, as listed in {@code document-examples/index.yaml}.
 *
 * @param kind   request, response, webhook or error-template
 * @param query  the query string, decoded, or null
 * @param status the status of a response
 * @param event  the event of a webhook payload
 * @param body   the fixture file holding the JSON body, or null
 */
record DocumentExample(
        String source,
        String kind,
        String method,
        String path,
        String query,
        Integer status,
        String event,
        String body) {

    static final String FOLDER = "document-examples/";

    /** Jackson rejects unknown keys, so a misspelt manifest entry fails loudly. */
    private record Manifest(List<DocumentExample> examples) {}

    static List<DocumentExample> all() {
        try (InputStream in = resource(FOLDER + "index.yaml")) {
            return new YAMLMapper().readValue(in, Manifest.class).examples();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body exactly as the fixture file holds it. */
    String bodyText() {
        if (body == null) {
            return null;
        }
        try (InputStream in = resource(FOLDER + body)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DocumentExample withQuery(String newQuery) {
        return new DocumentExample(source, kind, method, path, newQuery, status, event, body);
    }

    @Override
    public String toString() {
        String target = switch (kind) {
            case "webhook" -> "webhook " + event;
            case "error-template" -> "error format";
            default ->
                method + " " + path + (query == null ? "" : "?" + query) + (status == null ? "" : " -> " + status);
        };
        return "[" + source + "] " + kind + " " + target;
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(
                DocumentExample.class.getClassLoader().getResourceAsStream(name),
                () -> "missing test resource " + name);
    }
}
