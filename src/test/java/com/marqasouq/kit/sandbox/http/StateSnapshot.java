package com.marqasouq.kit.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.store.StateDocument;

/** The exported state without its clock: two snapshots are equal when nothing changed. */
final class StateSnapshot {
    private StateSnapshot() {}

    static JsonNode take() {
        JsonNode document = RunningSandbox.sandbox()
                .store()
                .read(state -> StateDocument.export(
                        state, RunningSandbox.sandbox().clock().now()));
        ((ObjectNode) document).remove("clock");
        return document;
    }
}
