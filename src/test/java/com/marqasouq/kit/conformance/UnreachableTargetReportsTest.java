package com.marqasouq.kit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A target nobody answers for still gets reports a CI job can publish, and the reason in words. */
class UnreachableTargetReportsTest {

    @Test
    void aRefusedConnectionExitsThreeWithValidReportsThatSayWhy() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path reports = Files.createTempDirectory("unreachable");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new ConformanceRunner(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new ConformanceOptions(
                        URI.create("http://127.0.0.1:" + port),
                        "admin@marqasouq.com",
                        "admin_password",
                        null,
                        reports,
                        List.of(),
                        null,
                        null,
                        false));

        assertEquals(ConformanceRunner.UNREACHABLE, exit);
        String error = err.toString(StandardCharsets.UTF_8);
        assertTrue(error.contains("connection refused by 127.0.0.1:" + port), error);
        String junit = Files.readString(reports.resolve("junit.xml"));
        assertTrue(junit.contains("tests=\"1\" failures=\"1\""), junit);
        assertTrue(junit.contains("connection refused"), junit);
        assertTrue(Files.readString(reports.resolve("conformance-summary.md")).contains("NOT CHECKED"));
        assertEquals("[]", Files.readString(reports.resolve("cucumber.json")).strip());
    }

    @Test
    void anUnknownHostAndPlainHttpUnderTlsAreSaidInWords() throws Exception {
        assertTrue(NetworkProblems.describe(URI.create("http://no-such-host.invalid"), new java.net.ConnectException() {
                    {
                        initCause(new java.nio.channels.UnresolvedAddressException());
                    }
                })
                .startsWith("unknown host no-such-host.invalid"));
        assertTrue(NetworkProblems.describe(
                        URI.create("https://127.0.0.1:9000"), new javax.net.ssl.SSLHandshakeException("bad record"))
                .contains("if the port speaks plain HTTP, use http://"));
    }

    @Test
    void aBaseUrlEndingInAdminGetsAHintWithTheLoginRefusal() {
        String hint = NetworkProblems.baseUrlHint(URI.create("https://shop.example.com/admin/"));
        assertTrue(hint.contains("without /admin"), hint);
        assertTrue(hint.contains("https://shop.example.com"), hint);
        assertEquals("", NetworkProblems.baseUrlHint(URI.create("https://shop.example.com")));
    }
}
