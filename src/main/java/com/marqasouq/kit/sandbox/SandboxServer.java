package com.marqasouq.kit.sandbox;

import java.io.IOException;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts a sandbox on Grizzly and stops it; port 0 picks a free port (tests). */
public final class SandboxServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);

    private final Sandbox sandbox;
    private final HttpServer http;
    private final URI baseUri;

    private SandboxServer(Sandbox sandbox, HttpServer http, URI baseUri) {
        this.sandbox = sandbox;
        this.http = http;
        this.baseUri = baseUri;
    }

    public static SandboxServer start(SandboxConfig config) throws IOException {
        Sandbox sandbox = new Sandbox(config, events -> events.forEach(e -> LOG.debug("event {}", e.event())));
        URI bind = URI.create("http://" + config.host() + ":" + config.port() + "/");
        HttpServer http = GrizzlyHttpServerFactory.createHttpServer(bind, new SandboxApplication(sandbox), false);
        http.start();
        int port = http.getListeners().iterator().next().getPort();
        String shownHost = "0.0.0.0".equals(config.host()) ? "127.0.0.1" : config.host();
        return new SandboxServer(sandbox, http, URI.create("http://" + shownHost + ":" + port));
    }

    public URI baseUri() {
        return baseUri;
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    @Override
    public void close() {
        http.shutdownNow();
        sandbox.close();
    }

}
