package com.marqasouq.kit.cli;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.sandbox.domain.state.State;
import com.marqasouq.kit.sandbox.store.InitialData;
import io.restassured.RestAssured;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SandboxCommandAcceptanceTest {
    private static final Pattern URL = Pattern.compile("URL\\s+(http://127\\.0\\.0\\.1:\\d+)");

    @TempDir
    Path dir;

    /** The command, run as the jar runs it, on its own thread until stopped. */
    private static final class Running {
        final SandboxCommand command = new SandboxCommand();
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final CompletableFuture<Integer> exit;

        Running(String... args) {
            CommandLine cli =
                    new CommandLine(command).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
            exit = CompletableFuture.supplyAsync(() -> cli.execute(args));
        }

        String awaitUrl() throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline && !exit.isDone()) {
                Matcher m = URL.matcher(out.toString());
                if (m.find()) {
                    return m.group(1);
                }
                Thread.sleep(20);
            }
            throw new AssertionError("no banner; out: " + out + " err: " + err);
        }

        int stop() throws Exception {
            command.stop();
            return exit.get(30, TimeUnit.SECONDS);
        }
    }

    private static String counts(State state) {
        return state.orders().size() + " orders, " + state.customers().size() + " customers, "
                + state.products().size() + " products, "
                + state.inventoryItems().size() + " inventory items";
    }

    @Test
    void theSandboxStartsOnAFreePortPrintsItsBannerAnswersHealthAndStopsCleanly() throws Exception {
        Running sandbox = new Running("--port", "0", "--webhook-secret", "whsec_dGVzdHNlY3JldA==");
        String url = sandbox.awaitUrl();

        RestAssured.given().baseUri(url).get("/health").then().statusCode(200).body("status", equalTo("ready"));
        String banner = sandbox.out.toString();
        assertTrue(banner.contains("admin@marqasouq.com / admin_password"), banner);
        assertTrue(banner.contains("whsec_dGVzdHNlY3JldA=="), banner);
        assertTrue(banner.contains(counts(InitialData.defaults())), banner);
        assertTrue(banner.contains(url + "/docs/"), banner);

        assertEquals(0, sandbox.stop());
    }

    @Test
    void anEmptySandboxCountsNothingAndPrintsARandomWebhookSecret() throws Exception {
        Running sandbox =
                new Running("--port", "0", "--empty", "--admin-email", "ops@example.com", "--admin-password", "s3cret");
        String url = sandbox.awaitUrl();
        try {
            String banner = sandbox.out.toString();
            assertTrue(banner.contains("0 orders, 0 customers, 0 products, 0 inventory items"), banner);
            assertTrue(banner.matches("(?s).*whsec_[A-Za-z0-9+/=]{40,}.*"), banner);
            assertTrue(banner.contains("ops@example.com / s3cret"), banner);
            RestAssured.given()
                    .baseUri(url)
                    .contentType("application/json")
                    .body(Map.of("email", "ops@example.com", "password", "s3cret"))
                    .post("/auth/user/emailpass")
                    .then()
                    .statusCode(200);
        } finally {
            sandbox.stop();
        }
    }

    @Test
    void theStateFileIsSavedAtStopAndLoadedAtTheNextStart() throws Exception {
        Path stateFile = dir.resolve("sandbox-state.json");
        Running first = new Running("--port", "0", "--state-file", stateFile.toString());
        String url = first.awaitUrl();
        String token = RestAssured.given()
                .baseUri(url)
                .contentType("application/json")
                .body(Map.of("email", "admin@marqasouq.com", "password", "admin_password"))
                .post("/auth/user/emailpass")
                .then()
                .statusCode(200)
                .extract()
                .path("token");
        String orderId = RestAssured.given()
                .baseUri(url)
                .contentType("application/json")
                .header("Authorization", "Bearer " + token)
                .body(Map.of("customer_id", "cus_01XYZ", "items", List.of(Map.of("sku", "SLEEVE", "quantity", 1))))
                .post("/_sandbox/orders")
                .then()
                .statusCode(201)
                .extract()
                .path("order.id");
        assertEquals(0, first.stop());
        assertTrue(Files.readString(stateFile).contains(orderId));

        Running second = new Running("--port", "0", "--state-file", stateFile.toString());
        second.awaitUrl();
        try {
            State defaults = InitialData.defaults();
            assertTrue(
                    second.out.toString().contains((defaults.orders().size() + 1) + " orders"), second.out.toString());
            boolean kept = second.command.server().sandbox().store().read(s -> s.order(orderId) != null);
            assertTrue(kept, "the order placed before the restart is there");
        } finally {
            second.stop();
        }
    }

    @Test
    void aPortInUseIsAOneLineErrorAndExitCodeOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Running sandbox = new Running("--port", String.valueOf(taken.getLocalPort()));

            assertEquals(1, sandbox.exit.get(30, TimeUnit.SECONDS));
            String err = sandbox.err.toString().trim();
            assertTrue(err.contains("already in use"), err);
            assertEquals(1, err.lines().count(), err);
            assertFalse(err.contains("Exception"), err);
        }
    }

    @Test
    void aBrokenDataFileIsAOneLineErrorNamingTheFieldAndExitCodeOne() throws Exception {
        Path data = dir.resolve("data.json");
        Files.writeString(
                data,
                "{\"format\":\"marqasouq-sandbox-state/1\",\"orders\":[],\"customers\":[{\"id\":\"cus_1\"}],"
                        + "\"products\":[],\"inventory_items\":[],\"stock_locations\":[]}");

        Running sandbox = new Running("--port", "0", "--data", data.toString());

        assertEquals(1, sandbox.exit.get(30, TimeUnit.SECONDS));
        String err = sandbox.err.toString().trim();
        assertTrue(err.contains("customers[0].email"), err);
        assertEquals(1, err.lines().count(), err);
    }

    @Test
    void aDataFileIsTheStartData() throws Exception {
        Path data = dir.resolve("data.json");
        Files.writeString(
                data,
                "{\"format\":\"marqasouq-sandbox-state/1\",\"orders\":[],"
                        + "\"customers\":[{\"id\":\"cus_1\",\"email\":\"one@example.com\",\"created_at\":\"2026-01-01T00:00:00Z\"}],"
                        + "\"products\":[],\"inventory_items\":[],\"stock_locations\":[{\"id\":\"sloc_01ABC\",\"name\":\"Main Warehouse\"}]}");

        Running sandbox = new Running("--port", "0", "--data", data.toString());
        sandbox.awaitUrl();
        try {
            assertTrue(
                    sandbox.out.toString().contains("0 orders, 1 customers, 0 products, 0 inventory items"),
                    sandbox.out.toString());
            sandbox.command.server().sandbox().reset();
            assertEquals(
                    "one@example.com",
                    sandbox.command.server().sandbox().store().read(s -> s.customer("cus_1").email));
        } finally {
            sandbox.stop();
        }
    }

    @Test
    void dataAndEmptyTogetherAreAUsageError() {
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new SandboxCommand())
                .setErr(new PrintWriter(err, true))
                .execute("--empty", "--data", "x.json");

        assertEquals(2, exit);
        assertTrue(err.toString().contains("mutually exclusive"), err.toString());
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        for (String[] args : new String[][] {
            {"--webhook-secret", "not-a-secret"},
            {"--token-ttl", "forever"},
            {"--webhook-url", "ftp://x"},
            {"--port", "70000"},
            {"--data", "no-such-file.json"}
        }) {
            StringWriter err = new StringWriter();
            int exit = new CommandLine(new SandboxCommand())
                    .setErr(new PrintWriter(err, true))
                    .execute(args);
            assertEquals(2, exit, String.join(" ", args) + ": " + err);
        }
    }

    @Test
    void helpDocumentsEveryOptionWithItsDefault() {
        StringWriter out = new StringWriter();
        int exit = new CommandLine(new SandboxCommand())
                .setOut(new PrintWriter(out, true))
                .execute("--help");

        String help = out.toString();
        assertEquals(0, exit);
        for (String expected : List.of(
                "--host",
                "default: 127.0.0.1",
                "--port",
                "default: 9000",
                "--admin-email",
                "admin@marqasouq.com",
                "MARQASOUQ_ADMIN_EMAIL",
                "--admin-password",
                "admin_password",
                "MARQASOUQ_ADMIN_PASSWORD",
                "--data",
                "--empty",
                "--state-file",
                "--webhook-url",
                "--webhook-secret",
                "MARQASOUQ_WEBHOOK_SECRET",
                "--webhook-base-delay",
                "default: 1s",
                "--token-ttl",
                "default: 24h",
                "--version")) {
            assertTrue(help.contains(expected), expected + " missing from\n" + help);
        }
    }
}
