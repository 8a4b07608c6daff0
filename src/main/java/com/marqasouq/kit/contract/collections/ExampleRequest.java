package com.marqasouq.kit.contract.collections;

import java.util.List;

/**
 * One request of the collections, made from the spec's examples.
 *
 * @param handle a short name other requests refer to (e.g. {@code login}), unique in the collection
 * @param path the path with each path parameter replaced by its example or by a {@code {{variable}}}
 * @param query query parameters as {@code name=value} (values not %-encoded yet)
 * @param body the request body as JSON text, or {@code null}
 * @param expectedStatus the operation's documented success status, e.g. {@code 200}
 * @param captures values of the response stored in variables for the requests after it
 */
public record ExampleRequest(
        String handle,
        String operationId,
        String name,
        String folder,
        String method,
        String path,
        List<QueryParameter> query,
        String body,
        boolean secured,
        int expectedStatus,
        List<Capture> captures) {

    /** One query parameter and its value. */
    public record QueryParameter(String name, String value) {}

    /**
     * A value of the JSON response kept in a variable.
     *
     * @param pointer where, as a JSON pointer such as {@code /orders/0/id}
     */
    public record Capture(String variable, String pointer) {

        /** {@code $.orders[0].id}: the same place as JSONPath. */
        public String jsonPath() {
            StringBuilder path = new StringBuilder("$");
            for (String segment : pointer.substring(1).split("/")) {
                path.append(segment.matches("\\d+") ? "[" + segment + "]" : "." + segment);
            }
            return path.toString();
        }
    }
}
