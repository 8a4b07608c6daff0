package com.marqasouq.kit.contract.collections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a Postman collection (v2.1) in order, as the collection runner does for what this
 * collection uses: collection variables, the collection's bearer auth unless a request says
 * {@code noauth}, raw JSON bodies, and the two test-script statements it writes:
 * {@code pm.response.to.have.status(N)} and {@code pm.collectionVariables.set("x", pm.response.json().path)}.
 */
final class PostmanRunner {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{([^}]+)}}");
    private static final Pattern STATUS = Pattern.compile("pm\\.response\\.to\\.have\\.status\\((\\d{3})\\)");
    private static final Pattern SET = Pattern.compile(
            "pm\\.collectionVariables\\.set\\(\"([A-Za-z0-9_]+)\", pm\\.response\\.json\\(\\)([^)]*)\\);");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> variables = new HashMap<>();
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private JsonNode auth;

    List<Sent> run(JsonNode collection, String baseUrl) throws Exception {
        collection
                .path("variable")
                .forEach(v ->
                        variables.put(v.path("key").asText(), v.path("value").asText()));
        variables.put("baseUrl", baseUrl);
        auth = collection.path("auth");
        List<Sent> sent = new ArrayList<>();
        walk(collection.path("item"), sent);
        return sent;
    }

    private void walk(JsonNode items, List<Sent> sent) throws Exception {
        for (JsonNode item : items) {
            if (item.has("item")) {
                walk(item.get("item"), sent);
            } else {
                sent.add(send(item));
            }
        }
    }

    private Sent send(JsonNode item) throws Exception {
        JsonNode request = item.path("request");
        StringBuilder url = new StringBuilder(substitute("{{baseUrl}}"));
        request.path("url").path("path").forEach(segment -> url.append('/').append(substitute(segment.asText())));
        String separator = "?";
        for (JsonNode query : request.path("url").path("query")) {
            url.append(separator)
                    .append(encode(query.path("key").asText()))
                    .append('=')
                    .append(encode(substitute(query.path("value").asText())));
            separator = "&";
        }
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(url.toString()));
        request.path("header")
                .forEach(h -> http.header(
                        h.path("key").asText(), substitute(h.path("value").asText())));
        JsonNode requestAuth = request.has("auth") ? request.get("auth") : auth;
        if (requestAuth.path("type").asText().equals("bearer")) {
            http.header(
                    "Authorization",
                    "Bearer "
                            + substitute(requestAuth
                                    .path("bearer")
                                    .path(0)
                                    .path("value")
                                    .asText()));
        }
        String body = substitute(request.path("body").path("raw").asText(""));
        http.method(
                request.path("method").asText(),
                body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = client.send(http.build(), HttpResponse.BodyHandlers.ofString());
        int expected = -1;
        for (JsonNode line : item.path("event").path(0).path("script").path("exec")) {
            Matcher status = STATUS.matcher(line.asText());
            if (status.find()) {
                expected = Integer.parseInt(status.group(1));
            }
            Matcher set = SET.matcher(line.asText());
            if (set.find() && response.statusCode() < 300) {
                variables.put(
                        set.group(1),
                        JsonPaths.read(JSON.readTree(response.body()), set.group(2))
                                .asText());
            }
        }
        return new Sent(item.path("name").asText(), expected, response.statusCode(), response.body());
    }

    private String substitute(String text) {
        Matcher variable = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (variable.find()) {
            String value = variables.get(variable.group(1));
            if (value == null) {
                throw new IllegalStateException("Undefined variable {{" + variable.group(1) + "}}");
            }
            variable.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return variable.appendTail(out).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
