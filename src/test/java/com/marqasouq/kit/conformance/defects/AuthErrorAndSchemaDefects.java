package com.marqasouq.kit.conformance.defects;

import static com.marqasouq.kit.conformance.defects.DefectBuilder.defect;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** Implementations that let bad tokens in, answer errors in another format, or break the response schema. */
final class AuthErrorAndSchemaDefects {
    private static final Set<String> CUSTOMER_FIELDS = Set.of("email", "first_name", "last_name", "phone", "metadata");

    private AuthErrorAndSchemaDefects() {}

    static List<Defect> all(Supplier<String> validToken) {
        return List.of(
                defect("missing-token-accepted", "auth", "@auth")
                        .onRequest(r -> protectedRoute(r) && r.header("Authorization") == null
                                ? r.withHeader("Authorization", "Bearer " + validToken.get())
                                : r)
                        .build(),
                defect("unsigned-token-accepted", "auth", "@auth")
                        .onRequest(r -> protectedRoute(r) && unsigned(r.header("Authorization"))
                                ? r.withHeader("Authorization", "Bearer " + validToken.get())
                                : r)
                        .build(),
                // Any token of three parts is taken as signed: a tampered signature goes through.
                defect("token-signature-not-checked", "auth", "@auth")
                        .onRequest(r -> protectedRoute(r) && threeParts(r.header("Authorization"))
                                ? r.withHeader("Authorization", "Bearer " + validToken.get())
                                : r)
                        .build(),
                defect("login-without-password-accepted", "auth", "@op:createAdminToken")
                        .onResponse((q, r) -> q.is("POST", "/auth/user/emailpass") && r.status() == 400
                                ? r.with(200, "{\"token\": \"" + validToken.get() + "\"}")
                                : r)
                        .build(),
                defect("errors-without-code", "errors", "@auth or @errors")
                        .onResponse((q, r) -> r.status() >= 400 && r.status() < 500
                                ? r.withBody(Bodies.edit(r.text(), o -> o.remove("code")))
                                : r)
                        .build(),
                defect("not-found-answered-as-invalid-data", "errors", "@op:getOrder or @op:getCustomer")
                        .onResponse((q, r) -> r.status() == 404
                                ? r.with(
                                        400,
                                        Bodies.edit(
                                                r.text(),
                                                o -> o.put("type", "invalid_data")
                                                        .put("code", "INVALID_DATA")))
                                : r)
                        .build(),
                defect("unknown-customer-field-silently-dropped", "errors", "@op:createCustomer")
                        .onRequest(r -> r.is("POST", "/admin/customers")
                                ? r.withBody(Bodies.edit(r.text(), o -> o.retain(CUSTOMER_FIELDS)))
                                : r)
                        .build(),
                defect("order-list-drops-display-id", "schema", "@op:listOrders")
                        .onResponse((q, r) -> q.is("GET", "/admin/orders") && r.status() == 200
                                ? r.withBody(Bodies.edit(
                                        r.text(), o -> Bodies.eachOf(o, "orders", x -> x.remove("display_id"))))
                                : r)
                        .build(),
                defect("prices-in-major-units", "schema", "@op:listProducts")
                        .onResponse((q, r) -> q.is("GET", "/admin/products") && r.status() == 200
                                ? r.withBody(Bodies.edit(r.text(), AuthErrorAndSchemaDefects::majorUnits))
                                : r)
                        .build(),
                defect("customer-timestamps-not-rfc3339", "schema", "@op:getCustomer or @op:listCustomers")
                        .onResponse((q, r) -> q.path().startsWith("/admin/customers") && r.status() == 200
                                ? r.withBody(r.text()
                                        .replaceAll(
                                                "\"(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}:\\d{2})\\.\\d{3}Z\"",
                                                "\"$1 $2\""))
                                : r)
                        .build());
    }

    private static boolean protectedRoute(ProxyRequest r) {
        return r.path().startsWith("/admin") || r.path().startsWith("/odoo");
    }

    private static boolean threeParts(String authorization) {
        return authorization != null
                && authorization.startsWith("Bearer ")
                && authorization.substring(7).split("\\.", -1).length == 3;
    }

    private static boolean unsigned(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        String token = authorization.substring(7);
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(token.substring(0, dot))).contains("\"none\"");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void majorUnits(ObjectNode list) {
        Bodies.eachOf(
                list,
                "products",
                p -> Bodies.eachOf(
                        p,
                        "variants",
                        v -> Bodies.eachOf(
                                v,
                                "prices",
                                price ->
                                        price.put("amount", price.path("amount").asLong() / 1000.0))));
    }
}
