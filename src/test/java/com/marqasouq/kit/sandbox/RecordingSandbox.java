package com.marqasouq.kit.sandbox;

import com.marqasouq.kit.sandbox.domain.DomainEvent;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;

/**
 * A sandbox of its own on a free port that records every event its commands publish, for
 * tests that count events of requests sent over HTTP (D15, D20).
 */
public final class RecordingSandbox implements AutoCloseable {
    private final List<DomainEvent> events = new ArrayList<>();
    private final Sandbox sandbox;
    private final HttpServer http;

    public RecordingSandbox() {
        try {
            this.sandbox = new Sandbox(SandboxConfig.builder().port(0).build(), this::record);
            sandbox.awaitData();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        this.http = GrizzlyHttpServerFactory.createHttpServer(
                URI.create("http://127.0.0.1:0/"), new SandboxApplication(sandbox), true);
    }

    private synchronized void record(List<DomainEvent> published) {
        events.addAll(published);
    }

    public synchronized List<DomainEvent> events() {
        return List.copyOf(events);
    }

    public synchronized List<DomainEvent> events(String name) {
        return events.stream().filter(e -> e.name().equals(name)).toList();
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + http.getListeners().iterator().next().getPort();
    }

    /** A valid admin token, as the login route would issue it. */
    public String token() {
        return sandbox.tokens().issue(sandbox.config().admin().email());
    }

    @Override
    public void close() {
        http.shutdownNow();
        sandbox.close();
    }
}
