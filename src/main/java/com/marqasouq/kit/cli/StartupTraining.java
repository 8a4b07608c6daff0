package com.marqasouq.kit.cli;

import com.marqasouq.kit.sandbox.SandboxServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Not a command: the build runs it once, under {@code -XX:ArchiveClassesAtExit}, to record the
 * classes a sandbox loads from its start through its common requests to its stop. The archive
 * (class-data sharing) lets later starts map those classes ready-made instead of loading,
 * verifying and linking them again, which is most of a start. Exit code 0 when every request was
 * answered as expected.
 */
public final class StartupTraining {
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final String ORDER = "order_01ABC123";

    private StartupTraining() {}

    public static void main(String[] args) throws Exception {
        PrintStream console = System.err;
        // The build's output stays quiet: the banner and request lines of this run are not news.
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        System.setOut(discard);
        System.setErr(discard);
        KitCommand.withoutGroovyClosures();
        SandboxCommand command = new SandboxCommand();
        CommandLine cli = new CommandLine(command);
        Thread running = new Thread(() -> cli.execute("--port", "0"), "sandbox");
        running.start();
        SandboxServer server = awaitServer(command);
        int failures = 0;
        try {
            failures = exercise(server.baseUri().toString(), console);
        } finally {
            command.stop();
            running.join(10_000);
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    private static SandboxServer awaitServer(SandboxCommand command) throws InterruptedException {
        for (int i = 0; i < 1_200; i++) {
            if (command.server() != null) {
                return command.server();
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the sandbox did not start within a minute");
    }

    private static int exercise(String base, PrintStream console) throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Call call = new Call(http, base, console);
        String login = call.send(
                "POST",
                "/auth/user/emailpass",
                "{\"email\":\"admin@marqasouq.com\",\"password\":\"admin_password\"}",
                200,
                null);
        Matcher token = TOKEN.matcher(login);
        if (!token.find()) {
            return 1;
        }
        call.token = token.group(1);
        for (String path : List.of(
                "/health",
                "/odoo/orders?limit=1",
                "/odoo/orders?status=pending&limit=50",
                "/admin/orders?status=pending&created_at%5Bgte%5D=2026-01-01T00:00:00Z",
                "/admin/orders/" + ORDER,
                "/odoo/orders/" + ORDER,
                "/odoo/inventory?low_stock=true",
                "/admin/inventory-items?sku=SLEEVE",
                "/admin/stock-locations",
                "/admin/customers?limit=5",
                "/odoo/customers?limit=5",
                "/admin/products?limit=5",
                "/_sandbox/requests?limit=5")) {
            call.send("GET", path, null, 200, call.token);
        }
        call.send("GET", "/admin/orders/order_NOTHERE", null, 404, call.token);
        call.send("GET", "/odoo/orders?limit=0", null, 400, call.token);
        call.send(
                "POST",
                "/admin/inventory/reduce-stock",
                "{\"sku\":\"SLEEVE\",\"quantity\":1,\"order_id\":\"" + ORDER + "\",\"reason\":\"order_fulfilled\"}",
                200,
                call.token);
        call.send(
                "POST",
                "/admin/inventory/batch-update",
                "{\"updates\":[{\"sku\":\"SLEEVE\",\"stocked_quantity\":605}]}",
                200,
                call.token);
        call.send("POST", "/odoo/inventory", "{\"items\":[{\"sku\":\"TRAINING-1\",\"quantity\":3}]}", 200, call.token);
        call.send("PATCH", "/odoo/orders/" + ORDER, "{\"odoo_order_id\":\"SO001\"}", 200, call.token);
        call.send("POST", "/admin/orders/" + ORDER, "{\"metadata\":{\"note\":\"x\"}}", 200, call.token);
        call.send("POST", "/admin/customers", "{\"email\":\"not json", 400, call.token);
        call.send("POST", "/_sandbox/reset", null, 200, call.token);
        return call.failures;
    }

    /** One client, counting the answers that were not what the training expected. */
    private static final class Call {
        private final HttpClient http;
        private final String base;
        private final PrintStream console;
        private String token;
        private int failures;

        Call(HttpClient http, String base, PrintStream console) {
            this.http = http;
            this.base = base;
            this.console = console;
        }

        String send(String method, String path, String body, int expected, String bearer)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30))
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                failures++;
                console.println("training: " + method + " " + path + " answered " + response.statusCode()
                        + " instead of " + expected + ": " + response.body());
            }
            return response.body();
        }
    }
}
