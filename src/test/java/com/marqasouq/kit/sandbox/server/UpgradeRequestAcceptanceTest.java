package com.marqasouq.kit.sandbox.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Clients that offer HTTP/2 over plain HTTP (Java's HttpClient by default, curl --http2) send
 * {@code Upgrade: h2c}; the sandbox ignores the offer and answers over HTTP/1.1, body and all.
 */
@ExtendWith(RunningSandbox.class)
class UpgradeRequestAcceptanceTest {
    private static final String LOGIN = "{\"email\":\"admin@marqasouq.com\",\"password\":\"admin_password\"}";

    @Test
    void javasDefaultHttpClientLogsInOverHttp11() throws Exception {
        HttpClient client = HttpClient.newHttpClient(); // HTTP/2 preferred: offers an h2c upgrade
        HttpRequest login = HttpRequest.newBuilder(URI.create(RunningSandbox.baseUrl() + "/auth/user/emailpass"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(LOGIN))
                // Generous: only a request that waits for its own body again (about 30 s) passes it.
                .timeout(Duration.ofSeconds(15))
                .build();

        HttpResponse<String> response = client.send(login, HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(HttpClient.Version.HTTP_1_1, response.version());
        assertTrue(response.body().contains("\"token\""), response.body());
    }

    @Test
    void aPostOfferingAnUpgradeIsReadByItsLengthAndTheConnectionServesTheNextRequest() throws IOException {
        try (Socket socket =
                new Socket("127.0.0.1", URI.create(RunningSandbox.baseUrl()).getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /auth/user/emailpass HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, HTTP2-Settings\r\n"
                            + "Upgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n"
                            + "Content-Type: application/json\r\nContent-Length: " + LOGIN.length() + "\r\n\r\n"
                            + LOGIN
                            + "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answers = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);

            assertTrue(answers.startsWith("HTTP/1.1 200"), answers);
            assertTrue(answers.contains("\"token\""), answers);
            assertTrue(answers.indexOf("HTTP/1.1 200", 1) > 0, "no answer to the second request: " + answers);
            assertTrue(!answers.contains("101 Switching"), answers);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
