package com.marqasouq.kit.sandbox.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.sandbox.SandboxConfig;
import com.marqasouq.kit.sandbox.SandboxServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Idle and slow connections are closed; a flood of open connections does not stop /health answering. */
class ConnectionLimitsAcceptanceTest {
    private static SandboxServer server;

    @BeforeAll
    static void start() throws IOException {
        server = SandboxServer.start(SandboxConfig.builder()
                .port(0)
                .empty(true)
                .limits(ServerLimits.DEFAULTS.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)))
                .build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aConnectionThatSendsNothingIsClosedAfterTheIdleTimeout() throws IOException {
        try (Socket socket = socket()) {
            long started = System.nanoTime();
            int read = socket.getInputStream().read();
            long waitedMs = (System.nanoTime() - started) / 1_000_000;

            assertEquals(-1, read, "closed by the server");
            assertTrue(waitedMs >= 1_000, "not before the idle timeout: " + waitedMs + " ms");
        }
    }

    @Test
    void aRequestTrickledAByteAtATimeIsRequestTimeoutInTheErrorFormat() throws Exception {
        try (Socket socket = socket()) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /health HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
            String answer = "";
            for (int i = 0; i < 60 && answer.isEmpty(); i++) {
                Thread.sleep(500);
                try {
                    out.write(("X-Slow-" + i + ": y\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException closed) {
                    // the server has answered and closed: read what it said
                }
                answer = available(socket.getInputStream());
            }
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("application/json") && answer.contains("\"code\""), answer);
        }
    }

    @Test
    void healthAnswersWhileHundredsOfConnectionsAreHeldOpen() throws Exception {
        List<Socket> flood = new ArrayList<>();
        try {
            for (int i = 0; i < 400; i++) {
                Socket socket = socket();
                if (i % 2 == 0) {
                    socket.getOutputStream().write("GET /health HTTP/1.1\r\nHo".getBytes(StandardCharsets.US_ASCII));
                }
                flood.add(socket);
            }
            String health;
            try (Socket client = socket()) {
                client.setSoTimeout(10_000);
                client.getOutputStream()
                        .write("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                health = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
            assertTrue(health.startsWith("HTTP/1.1 200"), health);
        } finally {
            for (Socket socket : flood) {
                socket.close();
            }
        }
    }

    private static Socket socket() throws IOException {
        URI base = server.baseUri();
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(30_000);
        return socket;
    }

    private static String available(InputStream in) throws IOException {
        if (in.available() == 0) {
            return "";
        }
        try {
            return new String(in.readNBytes(in.available()), StandardCharsets.UTF_8);
        } catch (SocketTimeoutException e) {
            return "";
        }
    }
}
