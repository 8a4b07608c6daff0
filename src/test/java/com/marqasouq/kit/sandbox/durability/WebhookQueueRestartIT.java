package com.marqasouq.kit.sandbox.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhooks keep at-least-once across a crash: events for a receiver that is down are in the
 * state file, and after a SIGKILL and a restart they all arrive once the receiver is up.
 */
class WebhookQueueRestartIT {
    @TempDir
    Path dir;

    @Test
    void eventsQueuedForADownReceiverArriveAfterASigkillAndARestart() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/odoo/webhook";
        Path stateFile = dir.resolve("state.json");
        String[] options = {
            "--state-file",
            stateFile.toString(),
            "--webhook-url",
            url,
            "--webhook-base-delay",
            "50ms",
            "--webhook-secret",
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
        };
        int events = 6;
        try (JarSandbox first = JarSandbox.start(options)) {
            for (int i = 0; i < events; i++) {
                first.api()
                        .body(Map.of("email", "hook-" + i + "@example.com"))
                        .post("/admin/customers")
                        .then()
                        .statusCode(200);
            }
            Thread.sleep(1_500); // the save bound, with room
            first.kill();
        }

        Set<String> received = ConcurrentHashMap.newKeySet();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
        receiver.createContext("/odoo/webhook", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("webhook-id"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try (JarSandbox second = JarSandbox.start(options)) {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (received.size() < events && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            System.out.println("webhooks after SIGKILL and restart: " + events + " events queued while the receiver"
                    + " was down, " + received.size() + " delivered after the restart");
            assertEquals(events, received.size(), second.output());
            List<?> targets =
                    second.api().get("/_sandbox/webhooks").then().extract().path("targets");
            assertEquals(1, targets.size(), "the --webhook-url target is not registered twice");
            assertTrue(received.stream().allMatch(id -> id.startsWith("evt_")));
        } finally {
            receiver.stop(0);
        }
    }
}
