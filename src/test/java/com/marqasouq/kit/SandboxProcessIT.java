package com.marqasouq.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sandbox process as scripts see it: the environment it reads, and how it stops. */
class SandboxProcessIT {
    private static final Path STATE = Path.of("target", "it-reports", "sandbox-process");

    private static int login(String url, String email, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/auth/user/emailpass"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                .build();
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void theSandboxReadsTheSuitesVariablesAndStopsOnSigtermWith143AfterSavingItsState() throws Exception {
        Path stateFile = Files.createDirectories(STATE).resolve("sigterm.json");
        Files.deleteIfExists(stateFile);
        KitProcess sandbox = KitProcess.start(
                Map.of("MARQASOUQ_EMAIL", "ops@example.com", "MARQASOUQ_PASSWORD", "s3cret-env"),
                "sandbox",
                "--port",
                "0",
                "--empty",
                "--state-file",
                stateFile.toString());
        String url = sandbox.awaitReady();

        assertTrue(sandbox.output().contains("ops@example.com / s3cret-env"), sandbox.output());
        assertEquals(200, login(url, "ops@example.com", "s3cret-env"));

        sandbox.signal("TERM");

        assertEquals(143, sandbox.awaitExit(), sandbox.output());
        assertTrue(Files.readString(stateFile).contains("marqasouq-sandbox-state/1"), "saved at stop");
    }

    @Test
    void theOldVariableNamesStillWorkAndCtrlCStopsWith130() throws Exception {
        KitProcess sandbox = KitProcess.start(
                Map.of("MARQASOUQ_ADMIN_EMAIL", "old@example.com", "MARQASOUQ_ADMIN_PASSWORD", "old-name"),
                "sandbox",
                "--port",
                "0",
                "--empty");
        String url = sandbox.awaitReady();
        try {
            assertTrue(sandbox.output().contains("old@example.com / old-name"), sandbox.output());
            assertEquals(200, login(url, "old@example.com", "old-name"));
            // A build started in the background passes its ignored SIGINT on: then Ctrl-C cannot be tried here.
            assumeFalse(sandbox.ignoresSigint(), "SIGINT is ignored in this process, as in a background job");

            sandbox.signal("INT");

            assertEquals(130, sandbox.awaitExit(), sandbox.output());
        } finally {
            if (sandbox.process.isAlive()) {
                sandbox.signal("TERM");
                sandbox.awaitExit();
            }
        }
    }

    @Test
    void theSuiteReadsTheSameVariablesAndTheOldNames() throws Exception {
        // A target that is not this machine needs credentials; the unknown host then ends the run with 3.
        String[] args = {
            "conformance", "--base-url", "http://no-such-host.invalid:9000", "--reports", "target/it-reports/env"
        };

        KitProcess.Result none = KitProcess.run(Map.of(), args);
        KitProcess.Result current =
                KitProcess.run(Map.of("MARQASOUQ_EMAIL", "ops@example.com", "MARQASOUQ_PASSWORD", "s3cret"), args);
        KitProcess.Result old = KitProcess.run(
                Map.of("MARQASOUQ_ADMIN_EMAIL", "ops@example.com", "MARQASOUQ_ADMIN_PASSWORD", "s3cret"), args);

        assertEquals(2, none.exit(), none.output());
        assertTrue(none.output().contains("--email and --password (or MARQASOUQ_EMAIL and MARQASOUQ_PASSWORD)"));
        assertEquals(3, current.exit(), current.output());
        assertEquals(3, old.exit(), old.output());
    }
}
