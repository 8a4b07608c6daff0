package com.marqasouq.kit.conformance.findings;

/**
 * One way an answer breaks the response schema of its operation: the status it came with, where
 * in the body (a JSON pointer with array indexes replaced by {@code *}) and what is wrong, in
 * the validator's words with the instance's own values taken out so that the same fault in two
 * answers reads the same. {@code example} keeps one concrete message, values included.
 */
public record ShapeViolation(
        String operationId,
        String operation,
        int status,
        String pointer,
        String rule,
        String problem,
        String example,
        String targetMessage) {

    /** The same violation, seen in an answer whose error message was {@code message}. */
    public ShapeViolation withTargetMessage(String message) {
        return new ShapeViolation(operationId, operation, status, pointer, rule, problem, example, message);
    }

    /** The same violation of the same operation and status, whichever answer showed it. */
    public String fingerprint() {
        return operationId + "|" + status + "|" + pointer + "|" + rule + "|" + problem;
    }

    /** The same violation whichever operation showed it: error answers of any status are one group. */
    public String causeKey() {
        return statusGroup() + "|" + pointer + "|" + rule + "|" + problem;
    }

    /** "error answers" for any 4xx/5xx, otherwise the status itself. */
    public String statusGroup() {
        return status >= 400 ? "error answers" : status + " answers";
    }

    /** Where in the body, for people: "the body" or "`/orders/*`". */
    public String where() {
        return pointer.isEmpty() ? "the body" : "`" + pointer + "`";
    }
}
