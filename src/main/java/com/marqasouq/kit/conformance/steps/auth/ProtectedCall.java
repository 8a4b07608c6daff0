package com.marqasouq.kit.conformance.steps.auth;

import com.marqasouq.kit.conformance.http.ApiCall;
import com.marqasouq.kit.conformance.world.World;

/**
 * A call to a protected route with a missing or bad token (D18). Write routes get a body that
 * would change nothing even if the target skipped the auth check: ids that do not exist, or a
 * body the route must refuse. They are writes all the same, so only read routes are called in
 * {@code @readonly} scenarios.
 */
final class ProtectedCall {
    private ProtectedCall() {}

    static void send(World world, String method, String path, String token) {
        ApiCall call = world.call(method, path).withoutToken().deliberatelyInvalid();
        if (token != null) {
            call.header("Authorization", "Bearer " + token);
        }
        if (method.equals("POST") || method.equals("PATCH")) {
            call.body(harmlessBody(path));
        }
        call.send();
    }

    private static String harmlessBody(String path) {
        if (path.endsWith("/reduce-stock")) {
            return "{\"sku\":\"NO-SUCH-SKU\",\"quantity\":1,\"order_id\":\"order_DOESNOTEXIST\",\"reason\":\"auth_check\"}";
        }
        if (path.endsWith("/batch-update")) {
            return "{\"updates\":[]}";
        }
        if (path.equals("/odoo/inventory")) {
            return "{\"items\":[]}";
        }
        return "{}";
    }
}
