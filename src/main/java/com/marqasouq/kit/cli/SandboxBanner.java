package com.marqasouq.kit.cli;

import com.marqasouq.kit.sandbox.SandboxConfig;
import com.marqasouq.kit.sandbox.SandboxServer;
import com.marqasouq.kit.sandbox.domain.state.State;
import java.net.URI;
import java.util.stream.Collectors;

/** What the sandbox prints at start: where it is, how to log in, what data it holds. */
final class SandboxBanner {
    private SandboxBanner() {}

    static String text(SandboxServer server, SandboxConfig config, boolean fromStateFile) {
        URI url = server.baseUri();
        String counts = server.sandbox().store().read(SandboxBanner::counts);
        StringBuilder out = new StringBuilder();
        out.append('\n');
        out.append("  MarqaSouq Odoo API sandbox\n");
        line(out, "URL", url.toString());
        line(out, "Admin", config.admin().email() + " / " + config.admin().password());
        line(out, "Login", "POST " + url + "/auth/user/emailpass");
        line(out, "Webhook secret", config.webhookSecret());
        line(
                out,
                "Webhook URLs",
                config.webhookUrls().isEmpty()
                        ? "none (add with POST /_sandbox/webhooks)"
                        : config.webhookUrls().stream().map(URI::toString).collect(Collectors.joining(", ")));
        String start = server.sandbox().startData().description();
        line(
                out,
                "Data",
                counts + (fromStateFile ? " (from the state file; reset: " + start + ")" : " (" + start + ")"));
        if (config.stateFile() != null) {
            line(
                    out,
                    "State file",
                    config.stateFile() + (fromStateFile ? "" : " (new)") + ", saved within 100 ms of every change");
        }
        line(out, "Swagger UI", url + "/docs/");
        line(out, "Controls", url + "/_sandbox/ (reset, state, orders, clock, webhooks, faults, requests)");
        out.append('\n');
        return out.toString();
    }

    static String counts(State state) {
        return state.orders().size() + " orders, " + state.customers().size() + " customers, "
                + state.products().size() + " products, "
                + state.inventoryItems().size() + " inventory items";
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append("  ").append(String.format("%-15s", label)).append(value).append('\n');
    }
}
