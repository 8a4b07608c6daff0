package com.marqasouq.kit.sandbox.control;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Some checks read the state back through API routes that other parts of the sandbox implement
 * (e.g. GET /admin/orders). Until a route answers, those checks are skipped, not failed; the
 * same tests also assert the state through GET /_sandbox/state, which always runs.
 */
final class ApiRoutes {
    private static final Map<String, Boolean> IMPLEMENTED = new ConcurrentHashMap<>();

    private ApiRoutes() {}

    static void assumeImplemented(String path) {
        boolean implemented = IMPLEMENTED.computeIfAbsent(
                path, p -> RunningSandbox.badRequest().get(p).statusCode() != 500);
        assumeTrue(implemented, "GET " + path + " is not implemented in this build yet");
    }
}
