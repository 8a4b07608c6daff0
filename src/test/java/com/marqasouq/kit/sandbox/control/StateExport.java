package com.marqasouq.kit.sandbox.control;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.List;
import java.util.Map;

/** The sandbox's state as GET /_sandbox/state exports it, for assertions on the state after a request. */
final class StateExport {
    private StateExport() {}

    static Map<String, Object> now() {
        return RunningSandbox.control()
                .get("/_sandbox/state")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
    }

    /** The document without its clock, which moves with real time: equal documents mean an unchanged state. */
    static Map<String, Object> withoutClock() {
        Map<String, Object> document = now();
        document.remove("clock");
        return document;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> document, String collection) {
        return (List<Map<String, Object>>) document.get(collection);
    }

    static Map<String, Object> find(Map<String, Object> document, String collection, String id) {
        return list(document, collection).stream()
                .filter(e -> id.equals(e.get("id")))
                .findFirst()
                .orElse(null);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> entity, String field) {
        return (Map<String, Object>) entity.get(field);
    }
}
