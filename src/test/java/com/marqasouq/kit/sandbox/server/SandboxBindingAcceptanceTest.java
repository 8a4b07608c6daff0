package com.marqasouq.kit.sandbox.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.marqasouq.kit.sandbox.SandboxConfig;
import com.marqasouq.kit.sandbox.SandboxServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sandbox listens exactly where it is told (one address, one port) or does not start at all. */
class SandboxBindingAcceptanceTest {

    @Test
    void anIpv4AddressIsListenedOnExactlyAtTheGivenPort() throws Exception {
        int port = freePort();
        try (SandboxServer server = start("127.0.0.1", port)) {
            assertBoundOnlyTo(server, InetAddress.getByName("127.0.0.1"), port);
            assertEquals(URI.create("http://127.0.0.1:" + port), server.baseUri());
            assertHealthy(server.baseUri());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"::1", "[::1]"})
    void anIpv6LiteralWithOrWithoutBracketsIsListenedOnExactly(String host) throws Exception {
        assumeTrue(ipv6Loopback(), "this machine has no IPv6 loopback");
        int port = freePort();
        try (SandboxServer server = start(host, port)) {
            assertBoundOnlyTo(server, InetAddress.getByName("::1"), port);
            assertEquals(URI.create("http://[::1]:" + port), server.baseUri());
            assertHealthy(server.baseUri());
        }
    }

    @Test
    void aHostNameListensOnTheAddressItResolvesTo() throws Exception {
        int port = freePort();
        InetAddress resolved = InetAddress.getByName("localhost");
        try (SandboxServer server = start("localhost", port)) {
            assertBoundOnlyTo(server, resolved, port);
            assertHealthy(server.baseUri());
        }
    }

    @Test
    void portZeroPicksAFreePortOnTheGivenAddress() throws Exception {
        try (SandboxServer server = start("127.0.0.1", 0)) {
            int port = server.boundAddress().getPort();
            assertTrue(port > 0);
            assertBoundOnlyTo(server, InetAddress.getByName("127.0.0.1"), port);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"999.1.1.1", "my_host", "127.0.0.1:9000", "[127.0.0.1]", "::zz", " ", "1.2.3"})
    void anInvalidHostIsRefusedAndNothingListens(String host) throws Exception {
        int port = freePort();
        IOException refused = assertThrows(IOException.class, () -> start(host, port));

        assertTrue(refused.getMessage().contains(host.trim()), refused.getMessage());
        if (ListeningSockets.available()) {
            assertEquals(List.of(), ListeningSockets.onPort(port), "nothing listens on the asked port");
            assertEquals(List.of(), ListeningSockets.onPort(80), "nothing falls back to port 80");
        }
    }

    @Test
    void aHostNameThatDoesNotResolveIsRefused() throws Exception {
        IOException refused = assertThrows(IOException.class, () -> start("no-such-host.invalid", freePort()));

        assertTrue(refused.getMessage().contains("does not resolve"), refused.getMessage());
    }

    private static SandboxServer start(String host, int port) throws IOException {
        return SandboxServer.start(
                SandboxConfig.builder().host(host).port(port).empty(true).build());
    }

    /** What the server reports and what the kernel lists agree: one socket, this address, this port. */
    private static void assertBoundOnlyTo(SandboxServer server, InetAddress address, int port) throws IOException {
        assertEquals(new InetSocketAddress(address, port), server.boundAddress());
        if (ListeningSockets.available()) {
            assertEquals(List.of(new InetSocketAddress(address, port)), ListeningSockets.onPort(port));
        }
    }

    private static void assertHealthy(URI base) throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(base.resolve("/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static boolean ipv6Loopback() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
            return probe.getLocalPort() > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
