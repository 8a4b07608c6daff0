package com.marqasouq.kit.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marqasouq.kit.sandbox.http.SpecOperations.SpecOperation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The ways a valid request from the spec is broken, one at a time: every result must be refused.
 * Each takes the operation and a random source and returns the request, or null where it does
 * not apply (no body, no parameter of that kind).
 */
final class Mutations {
    private static final String HUGE = "9223372036854775808"; // 2^63, one past the largest long
    private static final String MEGABYTE = "x".repeat(1024 * 1024);

    interface Mutation {
        HostileRequest apply(SpecOperation op, Random random, String token, Set<String> methodsOfPath);
    }

    static final List<Mutation> ALL = List.of(
            Mutations::nullSomewhere,
            Mutations::wrongType,
            Mutations::hugeNumber,
            Mutations::unknownFieldWithAMegabyte,
            Mutations::deepNesting,
            Mutations::invalidUtf8,
            Mutations::wrongContentType,
            Mutations::overTheSizeLimit,
            Mutations::notJson,
            Mutations::hostilePathValue,
            Mutations::badQueryValue,
            Mutations::megabyteQuery,
            Mutations::undefinedMethod,
            Mutations::overlongHeader,
            Mutations::badToken);

    private Mutations() {}

    static HostileRequest nullSomewhere(SpecOperation op, Random random, String token, Set<String> methods) {
        if (op.body() == null) {
            return null;
        }
        List<String> paths = JsonPaths.paths(op.body());
        JsonNode body = op.body().deepCopy();
        if (paths.isEmpty() || random.nextInt(8) == 0) {
            return withBody(op, token, "null body", "null".getBytes(StandardCharsets.UTF_8));
        }
        String path = paths.get(random.nextInt(paths.size()));
        JsonPaths.replace(body, path, JsonNodeFactory.instance.nullNode());
        return withBody(op, token, "null at " + path, JsonPaths.bytes(body));
    }

    static HostileRequest wrongType(SpecOperation op, Random random, String token, Set<String> methods) {
        if (op.body() == null || JsonPaths.paths(op.body()).isEmpty()) {
            return null;
        }
        List<String> paths = JsonPaths.paths(op.body());
        String path = paths.get(random.nextInt(paths.size()));
        JsonNode body = op.body().deepCopy();
        JsonNode old = JsonPaths.at(body, path);
        JsonNode wrong = old.isTextual()
                ? JsonNodeFactory.instance.numberNode(12345)
                : old.isNumber()
                        ? JsonNodeFactory.instance.textNode("12abc")
                        : old.isBoolean()
                                ? JsonNodeFactory.instance.textNode("yes")
                                : old.isArray()
                                        ? JsonNodeFactory.instance.objectNode()
                                        : JsonNodeFactory.instance.arrayNode();
        JsonPaths.replace(body, path, wrong);
        return withBody(op, token, "wrong type at " + path, JsonPaths.bytes(body));
    }

    static HostileRequest hugeNumber(SpecOperation op, Random random, String token, Set<String> methods) {
        if (op.body() == null) {
            return null;
        }
        List<String> numbers = JsonPaths.paths(op.body()).stream()
                .filter(p -> JsonPaths.at(op.body(), p).isIntegralNumber())
                .toList();
        if (numbers.isEmpty()) {
            return null;
        }
        String path = numbers.get(random.nextInt(numbers.size()));
        JsonNode body = op.body().deepCopy();
        JsonPaths.replace(
                body,
                path,
                JsonNodeFactory.instance.numberNode(
                        new java.math.BigInteger(random.nextBoolean() ? HUGE : "-" + HUGE + "1")));
        return withBody(op, token, "2^63 at " + path, JsonPaths.bytes(body));
    }

    static HostileRequest unknownFieldWithAMegabyte(
            SpecOperation op, Random random, String token, Set<String> methods) {
        if (op.body() == null || !op.body().isObject()) {
            return null;
        }
        ObjectNode body = op.body().deepCopy();
        body.put("not_in_the_spec_" + random.nextInt(1000), MEGABYTE);
        return withBody(op, token, "unknown field holding 1 MB", JsonPaths.bytes(body));
    }

    static HostileRequest deepNesting(SpecOperation op, Random random, String token, Set<String> methods) {
        if (op.body() == null) {
            return null;
        }
        int depth = 2_000 + random.nextInt(20_000);
        String nested = "[".repeat(depth) + "]".repeat(depth);
        String body = random.nextBoolean()
                ? nested
                : "{\"metadata\": " + nested.replace("[", "{\"a\":[").replace("]", "]}") + "}";
        return withBody(op, token, "nested " + depth + " deep", body.getBytes(StandardCharsets.UTF_8));
    }

    static HostileRequest invalidUtf8(SpecOperation op, Random random, String token, Set<String> methods) {
        if (op.body() == null) {
            return null;
        }
        byte[][] bad = {
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0x80}
        };
        byte[] json = JsonPaths.bytes(op.body());
        int quote = new String(json, StandardCharsets.ISO_8859_1).indexOf(":\"");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (quote < 0) {
            out.writeBytes("{\"s\":\"".getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(bad[random.nextInt(bad.length)]);
            out.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));
        } else {
            out.write(json, 0, quote + 2);
            out.writeBytes(bad[random.nextInt(bad.length)]);
            out.write(json, quote + 2, json.length - quote - 2);
        }
        return withBody(op, token, "invalid UTF-8", out.toByteArray());
    }

    static HostileRequest wrongContentType(SpecOperation op, Random random, String token, Set<String> methods) {
        if (op.body() == null) {
            return null;
        }
        String type = List.of(
                        "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data")
                .get(random.nextInt(4));
        return withBody(op, token, "content type " + type, JsonPaths.bytes(op.body()))
                .withHeader("Content-Type", type);
    }

    static HostileRequest overTheSizeLimit(SpecOperation op, Random random, String token, Set<String> methods) {
        if (op.body() == null) {
            return null;
        }
        // Announces 17 MB and sends the start only: the server must answer before reading more.
        return withBody(op, token, "body over the limit", "{\"a\":\"".getBytes(StandardCharsets.US_ASCII))
                .withHeader("Content-Length", "17000000");
    }

    static HostileRequest notJson(SpecOperation op, Random random, String token, Set<String> methods) {
        if (op.body() == null) {
            return null;
        }
        String[] bodies = {"", "{", "{\"a\":1,}", "[1,2]", "\"just a string\"", "{\"a\":1}{\"b\":2}", "NaN", "{'a':1}"};
        String body = bodies[random.nextInt(bodies.length)];
        return withBody(op, token, "not a JSON object: " + body, body.getBytes(StandardCharsets.UTF_8));
    }

    static HostileRequest hostilePathValue(SpecOperation op, Random random, String token, Set<String> methods) {
        if (op.pathValues().isEmpty()) {
            return null;
        }
        String[] values = {
            "A".repeat(10_000),
            "..%2F..%2Fetc%2Fpasswd",
            "%00",
            "x%2Fy",
            "../../../../etc/passwd",
            "order_%00",
            "%2e%2e%2f",
            "%C0%AF",
            "%FF",
            "' OR 1=1 --",
            "%E2%80%AE",
            "\u0637\u0644\u0628".replace("\u0637", "%D8%B7")
        };
        String name = new ArrayList<>(op.pathValues().keySet())
                .get(random.nextInt(op.pathValues().size()));
        String value = values[random.nextInt(values.length)];
        String path = op.pathTemplate();
        for (var entry : op.pathValues().entrySet()) {
            path = path.replace("{" + entry.getKey() + "}", entry.getKey().equals(name) ? value : entry.getValue());
        }
        String shown = value.length() > 40 ? value.length() + " characters" : value;
        return HostileRequest.of(
                name + " = " + shown, op.method(), path, token, op.body() == null ? null : JsonPaths.bytes(op.body()));
    }

    static HostileRequest badQueryValue(SpecOperation op, Random random, String token, Set<String> methods) {
        List<Parameter> constrained = op.queryParameters().stream()
                .filter(p -> badValueFor(p.getSchema()) != null)
                .toList();
        if (constrained.isEmpty()) {
            return null;
        }
        Parameter parameter = constrained.get(random.nextInt(constrained.size()));
        String value = badValueFor(parameter.getSchema());
        return HostileRequest.of(
                parameter.getName() + " = " + value,
                op.method(),
                op.path() + "?" + parameter.getName().replace("[", "%5B").replace("]", "%5D") + "=" + value,
                token,
                op.body() == null ? null : JsonPaths.bytes(op.body()));
    }

    static HostileRequest megabyteQuery(SpecOperation op, Random random, String token, Set<String> methods) {
        return HostileRequest.of(
                "1 MB query string",
                op.method(),
                op.path() + "?q=" + MEGABYTE,
                token,
                op.body() == null ? null : JsonPaths.bytes(op.body()));
    }

    static HostileRequest undefinedMethod(SpecOperation op, Random random, String token, Set<String> methods) {
        List<String> others = new ArrayList<>(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "FROB", "PURGE"));
        others.removeAll(methods);
        String method = others.get(random.nextInt(others.size()));
        return HostileRequest.of(
                "undefined method", method, op.path(), token, op.body() == null ? null : JsonPaths.bytes(op.body()));
    }

    static HostileRequest overlongHeader(SpecOperation op, Random random, String token, Set<String> methods) {
        return HostileRequest.of(
                        "10,000-character header",
                        op.method(),
                        op.path(),
                        token,
                        op.body() == null ? null : JsonPaths.bytes(op.body()))
                .withHeader("X-Padding", "p".repeat(10_000));
    }

    static HostileRequest badToken(SpecOperation op, Random random, String token, Set<String> methods) {
        if (!op.protectedRoute()) {
            return null;
        }
        String[] values = {
            null, "Bearer", "Bearer not.a.token", "Basic YWRtaW46YWRtaW4=", "Bearer " + token + "x", "bearer  "
        };
        String value = values[random.nextInt(values.length)];
        return HostileRequest.of(
                        "Authorization: " + value,
                        op.method(),
                        op.path(),
                        token,
                        op.body() == null ? null : JsonPaths.bytes(op.body()))
                .withHeader("Authorization", value);
    }

    /** A value the parameter's schema refuses, or null when any string is allowed. */
    private static String badValueFor(Schema<?> schema) {
        if (schema == null) {
            return null;
        }
        if ("integer".equals(schema.getType())) {
            return List.of("abc", HUGE, "1.5", "-1", "%00").get(Math.abs(schema.hashCode()) % 5);
        }
        if ("boolean".equals(schema.getType())) {
            return "maybe";
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return "not-a-value";
        }
        if ("date-time".equals(schema.getFormat())) {
            return "yesterday";
        }
        return null;
    }

    private static HostileRequest withBody(SpecOperation op, String token, String what, byte[] body) {
        return HostileRequest.of(what, op.method(), op.path(), token, body);
    }
}
