package com.marqasouq.kit.conformance.steps.common;

import com.marqasouq.kit.conformance.findings.Divergence;
import com.marqasouq.kit.conformance.findings.MissingData;
import com.marqasouq.kit.conformance.http.ApiResult;

/** Checks on an answer that fail as a divergence: expected vs actual, with the target's own message. */
public final class Answers {
    private Answers() {}

    /** The answer has {@code expected} status, or the check fails saying what the target answered. */
    public static ApiResult status(ApiResult answer, int expected) {
        if (answer.status() != expected) {
            throw new Divergence(
                    answer.exchange().label(),
                    "status " + expected,
                    "status " + answer.status(),
                    answer.targetMessage());
        }
        return answer;
    }

    /** The answer lacks the field a check reads. */
    public static MissingData missing(ApiResult answer, String field, String expected) {
        return new MissingData(answer.exchange().label(), field, expected, answer.targetMessage());
    }

    /** As {@link #differs(ApiResult, String, String)}, with the values of this one case apart. */
    public static Divergence differs(ApiResult answer, String expected, String actual, String detail) {
        return new Divergence(answer.exchange().label(), expected, actual, answer.targetMessage(), detail);
    }

    /** A field of the answer differs from what the contract expects. */
    public static Divergence differs(ApiResult answer, String expected, String actual) {
        return new Divergence(answer.exchange().label(), expected, actual, answer.targetMessage());
    }
}
