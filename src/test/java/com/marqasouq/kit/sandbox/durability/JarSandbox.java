package com.marqasouq.kit.sandbox.durability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shaded jar's sandbox in a process of its own, so a test can kill it as CI or the OOM killer would. */
final class JarSandbox implements AutoCloseable {
    private static final String JAR = System.getProperty("kit.jar", "target/marqasouq-odoo-kit.jar");
    private static final Pattern READY = Pattern.compile("ready on (http://\\S+) in");

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final String baseUrl;
    private String token;

    private JarSandbox(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Starts {@code sandbox --port 0 ARGS...}; returns once it is ready, or fails with its output. */
    static JarSandbox start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-XX:TieredStopAtLevel=1", "-jar", JAR, "sandbox"));
        command.addAll(List.of("--port", "0"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        String url = null;
        String line;
        while (url == null && (line = out.readLine()) != null) {
            seen.add(line);
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                url = ready.group(1);
            }
        }
        if (url == null) {
            process.destroyForcibly();
            throw new AssertionError("the sandbox did not start: " + String.join("\n", seen));
        }
        JarSandbox sandbox = new JarSandbox(process, url);
        sandbox.output.addAll(seen);
        Thread drain = new Thread(
                () -> {
                    try {
                        out.lines().forEach(sandbox::remember);
                    } catch (java.io.UncheckedIOException stopped) {
                        // the process was killed: nothing more to read
                    }
                },
                "jar-sandbox-output");
        drain.setDaemon(true);
        drain.start();
        return sandbox;
    }

    /** Runs {@code sandbox ARGS...} that is expected to refuse to start; returns its exit code and output. */
    static Map.Entry<Integer, String> refused(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-XX:TieredStopAtLevel=1", "-jar", JAR, "sandbox"));
        command.addAll(List.of("--port", "0"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "it stops by itself");
        return Map.entry(process.exitValue(), text);
    }

    private synchronized void remember(String line) {
        output.add(line);
    }

    synchronized String output() {
        return String.join("\n", output);
    }

    String baseUrl() {
        return baseUrl;
    }

    /** Authenticated requests as the default admin. */
    RequestSpecification api() {
        if (token == null) {
            token = RestAssured.given()
                    .baseUri(baseUrl)
                    .contentType("application/json")
                    .body(Map.of("email", "admin@marqasouq.com", "password", "admin_password"))
                    .post("/auth/user/emailpass")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("token");
        }
        return RestAssured.given()
                .baseUri(baseUrl)
                .contentType("application/json")
                .header("Authorization", "Bearer " + token);
    }

    /** SIGKILL: no shutdown hook, no last save. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "killed");
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
