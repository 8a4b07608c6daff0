package com.marqasouq.kit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Before any scenario: is the target there, does it let us log in, and has it sandbox controls? */
final class TargetProbe {
    /** What the probe found; {@code problem} is set when the run cannot start (exit code 3). */
    record Result(String token, boolean sandboxControls, String problem) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    Result probe(ConformanceOptions options) {
        String token;
        try {
            HttpResponse<String> login = http.send(
                    HttpRequest.newBuilder(URI.create(options.base() + "/auth/user/emailpass"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                                    Map.of("email", options.email(), "password", options.password()))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (login.statusCode() == 401 || login.statusCode() == 403) {
                return new Result(
                        null,
                        false,
                        "login refused (" + login.statusCode() + ") for " + options.email() + " at " + options.base()
                                + "/auth/user/emailpass; check --email and --password"
                                + NetworkProblems.baseUrlHint(options.baseUrl()));
            }
            if (login.statusCode() != 200) {
                return new Result(
                        null,
                        false,
                        "login answered " + login.statusCode() + " at " + options.base()
                                + "/auth/user/emailpass; expected 200 {token}"
                                + NetworkProblems.baseUrlHint(options.baseUrl()));
            }
            JsonNode body;
            try {
                body = JSON.readTree(login.body());
            } catch (IOException notJson) {
                return new Result(null, false, "login answered 200 with a body that is not JSON; expected {token}");
            }
            if (body == null
                    || !body.path("token").isTextual()
                    || body.path("token").asText().isEmpty()) {
                return new Result(null, false, "login answered 200 without a token");
            }
            token = body.path("token").asText();
        } catch (IOException e) {
            return new Result(null, false, "target unreachable: " + NetworkProblems.describe(options.baseUrl(), e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, false, "interrupted while probing " + options.base());
        }
        return new Result(token, hasSandboxControls(options, token), null);
    }

    /** The sandbox's clock control answers only on the kit's sandbox, never on a real shop. */
    private boolean hasSandboxControls(ConformanceOptions options, String token) {
        try {
            HttpResponse<String> clock = http.send(
                    HttpRequest.newBuilder(URI.create(options.base() + "/_sandbox/clock"))
                            .timeout(Duration.ofSeconds(10))
                            .header("Authorization", "Bearer " + token)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return clock.statusCode() == 200 && JSON.readTree(clock.body()).has("now");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
