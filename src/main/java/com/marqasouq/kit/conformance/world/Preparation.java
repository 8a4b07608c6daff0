package com.marqasouq.kit.conformance.world;

import com.marqasouq.kit.conformance.findings.ScenarioBlocked;
import com.marqasouq.kit.conformance.http.ApiResult;

/**
 * A request that only prepares what a scenario needs. If the target refuses it, the scenario is
 * blocked, with the refused request and the target's reason, instead of failing the operation
 * it was written to check.
 */
public final class Preparation {
    private Preparation() {}

    /** Returns the result when it has the expected status; otherwise the scenario is blocked. */
    public static ApiResult require(ApiResult result, int expectedStatus, String preparation) {
        if (result.status() != expectedStatus) {
            String message = result.targetMessage();
            throw new ScenarioBlocked(
                    preparation,
                    result.exchange().label(),
                    result.status() + (message == null ? "" : " \"" + message + "\"") + " instead of "
                            + expectedStatus);
        }
        return result;
    }
}
