package com.marqasouq.kit.sandbox.embedded;

import com.marqasouq.kit.sandbox.SandboxConfig;
import com.marqasouq.kit.sandbox.SandboxServer;
import com.marqasouq.kit.sandbox.client.SandboxControls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.function.UnaryOperator;

/**
 * A sandbox in this JVM on a free port of 127.0.0.1, for a Java client's tests:
 *
 * <pre>{@code
 * try (LocalSandbox sandbox = LocalSandbox.start()) {
 *     MyOdooClient client = new MyOdooClient(sandbox.baseUrl(), sandbox.adminEmail(), sandbox.adminPassword());
 *     sandbox.controls().placeOrder("cus_01XYZ", "SLEEVE", 2);
 *     ...
 * }
 * }</pre>
 *
 * Each start is a fresh sandbox with its own data, clock, faults and webhook targets.
 */
public final class LocalSandbox implements AutoCloseable {
    private final SandboxServer server;
    private final SandboxControls controls;

    private LocalSandbox(SandboxServer server) {
        this.server = server;
        this.controls = SandboxControls.connect(server.baseUri(), adminEmail(), adminPassword());
    }

    /** The default data (the document's examples and the generated shop), the default admin. */
    public static LocalSandbox start() {
        return start(UnaryOperator.identity());
    }

    /**
     * Starts with settings, e.g. {@code config -> config.empty(true)} or
     * {@code config -> config.webhookBaseDelay(Duration.ofMillis(10))}; the port is a free one
     * unless the settings choose one.
     */
    public static LocalSandbox start(UnaryOperator<SandboxConfig.Builder> settings) {
        SandboxConfig config = settings.apply(
                        SandboxConfig.builder().host("127.0.0.1").port(0))
                .build();
        try {
            return new LocalSandbox(SandboxServer.start(config));
        } catch (IOException e) {
            throw new UncheckedIOException("The sandbox could not start: " + e.getMessage(), e);
        }
    }

    /** E.g. {@code http://127.0.0.1:43817}, without a trailing slash. */
    public URI baseUrl() {
        return server.baseUri();
    }

    public String adminEmail() {
        return server.sandbox().config().admin().email();
    }

    public String adminPassword() {
        return server.sandbox().config().admin().password();
    }

    /** The {@code whsec_...} secret that signs the webhooks, to verify them. */
    public String webhookSecret() {
        return server.sandbox().webhookSecret();
    }

    /** The controls (reset, clock, faults, orders, webhooks, state) as methods. */
    public SandboxControls controls() {
        return controls;
    }

    /** An admin token for the API ({@code Authorization: Bearer ...}). */
    public String adminToken() {
        return controls.token();
    }

    /** Stops listening; the data is gone. */
    @Override
    public void close() {
        server.close();
    }
}
