package com.marqasouq.kit.contract.collections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a {@code .http} file as VS Code REST Client would, top to bottom: file variables
 * ({@code @name = value}), named requests ({@code # @name x}) whose response values other
 * variables take ({@code {{x.response.body.$.path}}}), headers, then the body after a blank line.
 * Each request's title says the status it expects: {@code ### Title (operationId, expects 200)}.
 */
final class HttpFileRunner {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{([^}]+)}}");
    private static final Pattern RESPONSE_VALUE = Pattern.compile("([A-Za-z0-9_]+)\\.response\\.body\\.(\\$.*)");
    private static final Pattern EXPECTS = Pattern.compile("expects (\\d{3})\\)\\s*$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> variables = new HashMap<>();
    private final Map<String, JsonNode> responses = new HashMap<>();
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    List<Sent> run(String file, String baseUrl) throws Exception {
        String[] blocks = file.split("\n### ");
        for (String line : blocks[0].split("\n")) {
            Matcher definition = Pattern.compile("^@([A-Za-z0-9_]+) = (.*)$").matcher(line);
            if (definition.matches()) {
                variables.put(definition.group(1), definition.group(2));
            }
        }
        variables.put("baseUrl", baseUrl);
        List<Sent> sent = new ArrayList<>();
        for (int i = 1; i < blocks.length; i++) {
            sent.add(send(blocks[i]));
        }
        return sent;
    }

    private Sent send(String block) throws Exception {
        String[] lines = block.split("\n", -1);
        String title = lines[0];
        Matcher expects = EXPECTS.matcher(title);
        if (!expects.find()) {
            throw new IllegalStateException("No expected status in: " + title);
        }
        String name = null;
        int at = 1;
        while (lines[at].startsWith("#")) {
            if (lines[at].startsWith("# @name ")) {
                name = lines[at].substring("# @name ".length()).strip();
            }
            at++;
        }
        String[] requestLine = substitute(lines[at++]).split(" ", 2);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(requestLine[1]));
        for (; at < lines.length && !lines[at].isBlank(); at++) {
            String[] header = lines[at].split(": ", 2);
            request.header(header[0], substitute(header[1]));
        }
        String body = at < lines.length
                ? substitute(String.join("\n", List.of(lines).subList(at, lines.length))
                        .strip())
                : "";
        request.method(
                requestLine[0],
                body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (name != null && response.body().startsWith("{")) {
            responses.put(name, JSON.readTree(response.body()));
        }
        return new Sent(title, Integer.parseInt(expects.group(1)), response.statusCode(), response.body());
    }

    private String substitute(String text) {
        Matcher variable = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(out, Matcher.quoteReplacement(value(variable.group(1))));
        }
        return variable.appendTail(out).toString();
    }

    private String value(String name) {
        String value = variables.get(name);
        if (value == null) {
            throw new IllegalStateException("Undefined variable {{" + name + "}}");
        }
        Matcher fromResponse = VARIABLE.matcher(value);
        if (fromResponse.matches()) {
            Matcher reference = RESPONSE_VALUE.matcher(fromResponse.group(1));
            if (!reference.matches() || !responses.containsKey(reference.group(1))) {
                throw new IllegalStateException(
                        "{{" + name + "}} needs the response of a request not sent yet: " + value);
            }
            return JsonPaths.read(responses.get(reference.group(1)), reference.group(2))
                    .asText();
        }
        return substitute(value);
    }
}
