package com.marqasouq.kit.sandbox.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marqasouq.kit.sandbox.RunningSandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Requests too large for the parser are answered in the API's error format, over a raw socket. */
@ExtendWith(RunningSandbox.class)
class OversizedRequestAcceptanceTest {

    @Test
    void anIdOfTenThousandCharactersIsUriTooLongInTheErrorFormat() throws IOException {
        RawResponse response = send("GET /admin/orders/order_" + "A".repeat(10_000) + " HTTP/1.1\r\nHost: x\r\n\r\n");

        assertEquals(414, response.status(), response.head());
        assertError(response, "URI_TOO_LONG");
    }

    @Test
    void aHeaderOverTheLimitIsRequestHeaderFieldsTooLargeInTheErrorFormat() throws IOException {
        RawResponse response = send("GET /health HTTP/1.1\r\nHost: x\r\nX-Padding: " + "p".repeat(10_000) + "\r\n\r\n");

        assertEquals(431, response.status(), response.head());
        assertError(response, "HEADERS_TOO_LARGE");
    }

    @Test
    void aRequestThatIsNotHttpIsBadRequestInTheErrorFormat() throws IOException {
        RawResponse response = send("GET /health HTTP/1.1\r\n\r\n"); // HTTP/1.1 without Host

        assertEquals(400, response.status(), response.head());
        assertError(response, "INVALID_DATA");
    }

    @Test
    void aSpaceInTheUrlIsBadRequestNotAnUnsupportedVersion() throws IOException {
        RawResponse response = send("GET /admin/orders/' OR 1=1 -- HTTP/1.1\r\nHost: x\r\n\r\n");

        assertEquals(400, response.status(), response.head());
        assertError(response, "INVALID_DATA");
    }

    @Test
    void theServerStillAnswersNormallyAfterwards() throws IOException {
        send("GET /" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n");

        assertEquals(
                200,
                send("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                        .status());
    }

    private static void assertError(RawResponse response, String code) throws IOException {
        assertTrue(response.head().toLowerCase().contains("content-type: application/json"), response.head());
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertEquals(code, body.path("code").asText(), response.body());
        assertEquals("invalid_data", body.path("type").asText());
        assertTrue(body.path("message").asText().length() > 10, response.body());
    }

    private static RawResponse send(String request) throws IOException {
        URI base = URI.create(RunningSandbox.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            int status = head.length() > 12 ? Integer.parseInt(head.substring(9, 12)) : -1;
            return new RawResponse(status, head, body);
        }
    }

    private record RawResponse(int status, String head, String body) {}
}
