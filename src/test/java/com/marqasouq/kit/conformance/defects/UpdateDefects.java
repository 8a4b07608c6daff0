package com.marqasouq.kit.conformance.defects;

import static com.marqasouq.kit.conformance.defects.DefectBuilder.defect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Implementations that get updates wrong: metadata replaced instead of merged, a closed order completed. */
final class UpdateDefects {
    private static final String UPDATED = "/admin/(orders|customers)/[^/]+";

    private UpdateDefects() {}

    static List<Defect> all() {
        return List.of(
                metadataReplacedInsteadOfMerged(),
                defect(
                                "odoo-order-completed-whatever-its-status",
                                "transitions",
                                "@op:updateOdooOrder and @decision:D8")
                        .onResponse((q, r) -> q.is("PATCH", "/odoo/orders/[^/]+") && r.status() == 409
                                ? r.with(200, completed(q))
                                : r)
                        .build());
    }

    /**
     * The metadata sent replaces the whole metadata (D7 merges it). The proxy remembers the keys
     * of each update and leaves every other key out of what the record shows from then on.
     */
    private static Defect metadataReplacedInsteadOfMerged() {
        Map<String, Set<String>> keptKeys = new ConcurrentHashMap<>();
        return defect("metadata-replaced-instead-of-merged", "schema", "@decision:D7")
                .onResponse((q, r) -> {
                    if (!q.path().matches(UPDATED) || r.status() != 200) {
                        return r;
                    }
                    if (q.method().equals("POST")
                            && Bodies.object(q.text()).path("metadata") instanceof ObjectNode sent) {
                        Set<String> keys = new HashSet<>();
                        sent.fieldNames().forEachRemaining(keys::add);
                        keptKeys.put(q.path(), keys);
                    }
                    Set<String> keys = keptKeys.get(q.path());
                    return keys == null ? r : r.withBody(Bodies.edit(r.text(), answer -> onlyKeys(answer, keys)));
                })
                .build();
    }

    private static void onlyKeys(ObjectNode answer, Set<String> keys) {
        for (String record : List.of("order", "customer")) {
            JsonNode metadata = answer.path(record).path("metadata");
            if (metadata instanceof ObjectNode object) {
                object.retain(keys);
            }
        }
    }

    private static String completed(ProxyRequest request) {
        ObjectNode answer = Bodies.JSON.createObjectNode();
        answer.putObject("order")
                .put("id", request.path().substring("/odoo/orders/".length()))
                .put("status", "completed");
        return Bodies.write(answer);
    }
}
