package com.marqasouq.kit.sandbox;

import com.marqasouq.kit.sandbox.server.ExposureWarning;
import com.marqasouq.kit.sandbox.server.JsonErrorsAddOn;
import com.marqasouq.kit.sandbox.server.ListenAddress;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Starts a sandbox on Grizzly, exactly on the address and port asked for, and stops it; port 0 picks a free port. */
public final class SandboxServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);

    private final Sandbox sandbox;
    private final HttpServer http;
    private final JsonErrorsAddOn jsonErrors;
    private final InetSocketAddress boundAddress;
    private final URI baseUri;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SandboxServer(
            Sandbox sandbox, HttpServer http, JsonErrorsAddOn jsonErrors, InetSocketAddress boundAddress, URI baseUri) {
        this.sandbox = sandbox;
        this.http = http;
        this.jsonErrors = jsonErrors;
        this.boundAddress = boundAddress;
        this.baseUri = baseUri;
    }

    /** Loads the start data (an IOException names a bad data or state file) and listens; a port in use is a BindException. */
    public static SandboxServer start(SandboxConfig config) throws IOException {
        routeJavaUtilLogging();
        // Checked before anything is built: a bad host is refused, never widened to every interface.
        ListenAddress listen = ListenAddress.resolve(config.host(), config.port());
        Sandbox sandbox = new Sandbox(config, events -> events.forEach(e -> LOG.debug("event {}", e.name())));
        HttpServer http =
                GrizzlyHttpServerFactory.createHttpServer(listen.bindUri(), new SandboxApplication(sandbox), false);
        // Grizzly would answer a GET or DELETE with a body by an empty 400; let the API ignore the body instead (D19).
        http.getServerConfiguration().setAllowPayloadForUndefinedHttpMethods(true);
        JsonErrorsAddOn jsonErrors = new JsonErrorsAddOn(config.limits());
        NetworkListener listener = http.getListeners().iterator().next();
        listener.registerAddOn(jsonErrors);
        // An idle connection (keep-alive or never used) is closed after this long.
        listener.getKeepAlive().setIdleTimeoutInSeconds((int)
                Math.max(1, config.limits().idleTimeout().toSeconds()));
        try {
            sandbox.awaitData();
            http.start();
        } catch (IOException | RuntimeException e) {
            http.shutdownNow();
            jsonErrors.close();
            sandbox.close();
            throw e;
        }
        InetSocketAddress bound = boundAddress(http);
        if (!listen.isBoundAt(bound)) {
            http.shutdownNow();
            jsonErrors.close();
            sandbox.close();
            throw new IOException("asked to listen on " + listen.address().getHostAddress() + ":" + listen.port()
                    + " but the server is bound to " + bound + "; stopped");
        }
        ExposureWarning.of(bound, config.admin()).ifPresent(LOG::warn);
        return new SandboxServer(sandbox, http, jsonErrors, bound, ListenAddress.url(bound));
    }

    private static InetSocketAddress boundAddress(HttpServer http) {
        Connection<?> connection = http.getListeners().iterator().next().getServerConnection();
        return connection == null ? null : (InetSocketAddress) connection.getLocalAddress();
    }

    /** Grizzly and Hibernate Validator log through java.util.logging; their lines join ours. */
    private static void routeJavaUtilLogging() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    /** The address and port the server really listens on, as the socket reports them. */
    public InetSocketAddress boundAddress() {
        return boundAddress;
    }

    public URI baseUri() {
        return baseUri;
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    /** Lets requests in flight finish (briefly), stops listening, then saves the state file if one is set. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            http.shutdown(1, TimeUnit.SECONDS).get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            http.shutdownNow();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        jsonErrors.close();
        sandbox.close();
        if (sandbox.config().stateFile() == null) {
            return;
        }
        try {
            sandbox.saveState();
            LOG.info("state saved to {}", sandbox.config().stateFile());
        } catch (IOException | RuntimeException e) {
            LOG.error("could not save the state to {}: {}", sandbox.config().stateFile(), e.getMessage());
        }
    }
}
