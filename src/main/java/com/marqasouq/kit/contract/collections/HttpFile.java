package com.marqasouq.kit.contract.collections;

import com.marqasouq.kit.contract.Contract;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The requests as a plain {@code .http} file (VS Code REST Client, httpyac): file variables for
 * the base URL and the credentials, one request per operation separated by {@code ###}, and
 * named requests whose response values later requests use, e.g.
 * {@code @token = {{login.response.body.$.token}}}.
 */
public final class HttpFile {

    private HttpFile() {}

    public static String of(Contract contract, List<ExampleRequest> requests, CollectionVariables variables) {
        StringBuilder out = new StringBuilder();
        out.append("# ")
                .append(contract.title())
                .append(" ")
                .append(contract.version())
                .append("\n#\n");
        for (String line : wrap(CollectionVariables.INTRO)) {
            out.append("# ").append(line).append("\n");
        }
        out.append("#\n# Named requests store values for later ones ({{login.response.body.$.token}}): VS Code REST"
                + "\n# Client and httpyac read them; in JetBrains IDEs run the login and set token by hand.\n\n");
        for (Map.Entry<String, String> variable : variables.all().entrySet()) {
            if (!variable.getValue().isEmpty()) {
                out.append("@")
                        .append(variable.getKey())
                        .append(" = ")
                        .append(variable.getValue())
                        .append("\n");
            }
        }
        // Values of named requests: resolved when used, so they can be defined before the request runs.
        for (ExampleRequest request : requests) {
            for (ExampleRequest.Capture capture : request.captures()) {
                out.append("@")
                        .append(capture.variable())
                        .append(" = {{")
                        .append(request.handle())
                        .append(".response.body.")
                        .append(capture.jsonPath())
                        .append("}}\n");
            }
        }
        for (ExampleRequest request : requests) {
            out.append("\n### ")
                    .append(request.name())
                    .append(" (")
                    .append(request.operationId())
                    .append(", expects ")
                    .append(request.expectedStatus())
                    .append(")\n");
            out.append("# @name ").append(request.handle()).append("\n");
            out.append(request.method())
                    .append(" {{baseUrl}}")
                    .append(request.path())
                    .append(queryString(request, true))
                    .append("\n");
            if (request.secured()) {
                out.append("Authorization: Bearer {{token}}\n");
            }
            if (request.body() != null) {
                out.append("Content-Type: application/json\n\n")
                        .append(request.body())
                        .append("\n");
            }
        }
        return out.toString();
    }

    /** {@code ?a=1&b=2}; with {@code encoded}, names and values are %-encoded as they go on the wire. */
    static String queryString(ExampleRequest request, boolean encoded) {
        StringBuilder query = new StringBuilder();
        for (ExampleRequest.QueryParameter parameter : request.query()) {
            query.append(query.length() == 0 ? "?" : "&")
                    .append(encoded ? encode(parameter.name()) : parameter.name())
                    .append("=")
                    .append(encoded ? encode(parameter.value()) : parameter.value());
        }
        return query.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<String> wrap(String text) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() > 95) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(word).append(' ');
        }
        lines.add(line.toString().strip());
        return lines;
    }
}
