package com.marqasouq.kit.contract.stubs;

import com.fasterxml.jackson.databind.JsonNode;
import com.marqasouq.kit.contract.Operation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stubs of one operation: its documented success by default, its 401 for a request without
 * a bearer token (secured operations only), each other documented response with an example on
 * {@code Prefer: code=NNN} ({@code default} on {@code code=500}), and each further example of a
 * response on {@code Prefer: example=<name>}.
 */
final class OperationStubs {

    /** The status a stub sends for the spec's {@code default} response. */
    static final int DEFAULT_RESPONSE_STATUS = 500;

    private final Operation operation;
    private final UrlPathMatcher url;

    OperationStubs(Operation operation) {
        this.operation = operation;
        this.url = UrlPathMatcher.of(operation);
    }

    List<Stub> stubs() {
        Map<String, JsonNode> responses = operation.responses();
        String success = successKey(responses);
        List<Stub> stubs = new ArrayList<>();
        stubs.add(stub(Selection.SUCCESS, null, successAnswer(success, responses.get(success))));
        if (operation.isSecured()) {
            stubs.add(stub(Selection.NO_BEARER_TOKEN, null, firstExample("401", responses.get("401"))));
        }
        Set<Integer> explicit = explicitStatuses(responses);
        for (Map.Entry<String, JsonNode> response : responses.entrySet()) {
            String key = response.getKey();
            int status = status(key);
            if (!isNumeric(key) && explicit.contains(status)) {
                continue;
            }
            boolean first = true;
            for (Map.Entry<String, JsonNode> example : ResponseExamples.of(operation.contract(), response.getValue())
                    .entrySet()) {
                Answer answer = new Answer(key, status, example.getKey(), example.getValue());
                if (!first) {
                    stubs.add(stub(Selection.PREFER_EXAMPLE, "example=" + example.getKey(), answer));
                } else if (!key.equals(success)) {
                    stubs.add(stub(Selection.PREFER_CODE, "code=" + status, answer));
                }
                first = false;
            }
        }
        return stubs;
    }

    private Stub stub(Selection selection, String preference, Answer answer) {
        return StubMappingJson.of(operation, url, selection, preference, answer);
    }

    private String successKey(Map<String, JsonNode> responses) {
        return responses.keySet().stream()
                .filter(key -> key.startsWith("2") && isNumeric(key))
                .min(String::compareTo)
                .orElseThrow(() -> new IllegalStateException(operation + " documents no 2xx response"));
    }

    private Answer successAnswer(String key, JsonNode response) {
        if (!ResponseExamples.hasContent(response)) {
            return new Answer(key, Integer.parseInt(key), "no content", null);
        }
        return firstExample(key, response);
    }

    private Answer firstExample(String key, JsonNode response) {
        Map<String, JsonNode> examples =
                response == null ? Map.of() : ResponseExamples.of(operation.contract(), response);
        if (examples.isEmpty()) {
            throw new IllegalStateException(operation + ": the " + key + " response needs an example in "
                    + ResponseExamples.MEDIA_TYPE + " so that a stub can answer it");
        }
        Map.Entry<String, JsonNode> first = examples.entrySet().iterator().next();
        return new Answer(key, status(key), first.getKey(), first.getValue());
    }

    private static Set<Integer> explicitStatuses(Map<String, JsonNode> responses) {
        Set<Integer> statuses = new HashSet<>();
        for (String key : responses.keySet()) {
            if (isNumeric(key)) {
                statuses.add(Integer.parseInt(key));
            }
        }
        return statuses;
    }

    /** {@code 404} for {@code 404}, {@code 400} for {@code 4XX}, 500 for {@code default}. */
    private static int status(String key) {
        if (isNumeric(key)) {
            return Integer.parseInt(key);
        }
        if (key.matches("[1-5][xX][xX]")) {
            return (key.charAt(0) - '0') * 100;
        }
        return DEFAULT_RESPONSE_STATUS;
    }

    private static boolean isNumeric(String key) {
        return key.matches("[1-5][0-9][0-9]");
    }
}
