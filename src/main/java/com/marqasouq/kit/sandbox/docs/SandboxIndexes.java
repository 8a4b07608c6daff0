package com.marqasouq.kit.sandbox.docs;

import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.contract.Operation;
import com.marqasouq.kit.generated.control.model.ControlRoute;
import com.marqasouq.kit.generated.control.model.SandboxIndex;
import com.marqasouq.kit.generated.control.model.SandboxIndexLinks;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The index of a sandbox at a base URL: its links, and every control route as the control spec
 * lists it (so a new control shows up here without being listed twice).
 */
final class SandboxIndexes {
    static final String NAME = "MarqaSouq Odoo API sandbox";

    private static final List<ControlRoute> CONTROLS = Contract.sandboxControl().operations().stream()
            .filter(operation -> operation.path().startsWith("/_sandbox/")
                    && !operation.path().equals("/_sandbox/"))
            .map(SandboxIndexes::route)
            .toList();
    private static final String CONTRACT_VERSION = Contract.marqasouqOdoo().version();

    private SandboxIndexes() {}

    /** @param base the sandbox's address as the client sees it, e.g. {@code http://127.0.0.1:9000/} */
    static SandboxIndex at(URI base) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        SandboxIndexLinks links = new SandboxIndexLinks(
                URI.create(root + "health"),
                URI.create(root + "docs/"),
                URI.create(root + "openapi/marqasouq-odoo.yaml"),
                URI.create(root + "openapi/sandbox-control.yaml"),
                URI.create(root + "auth/user/emailpass"),
                URI.create(root + "_sandbox/"));
        return new SandboxIndex(NAME, Contract.kitVersion(), CONTRACT_VERSION, links, CONTROLS);
    }

    private static ControlRoute route(Operation operation) {
        String summary = operation.node().path("summary").asText(operation.id());
        return new ControlRoute(operation.method().toUpperCase(Locale.ROOT), operation.path(), summary);
    }
}
