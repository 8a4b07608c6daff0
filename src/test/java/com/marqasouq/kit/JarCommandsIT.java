package com.marqasouq.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shaded jar as users run it: the sandbox command serves, the suite runs from the jar against it. */
class JarCommandsIT {
    private static final String JAR = System.getProperty("kit.jar", "target/marqasouq-odoo-kit.jar");
    private static final Pattern READY = Pattern.compile("ready on (http://127\\.0\\.0\\.1:\\d+)");
    private static Process sandbox;
    private static String baseUrl;

    @BeforeAll
    static void startTheSandbox() throws Exception {
        sandbox = new ProcessBuilder("java", "-jar", JAR, "sandbox", "--port", "0")
                .redirectErrorStream(true)
                .start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(sandbox.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        String line;
        while (baseUrl == null && (line = out.readLine()) != null) {
            seen.add(line);
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                baseUrl = ready.group(1);
            }
        }
        assertNotNull(baseUrl, "no ready line in " + seen);
        Thread drain = new Thread(() -> {
            try {
                out.lines().forEach(l -> {});
            } catch (java.io.UncheckedIOException stopped) {
                // the sandbox was stopped: nothing more to read
            }
        });
        drain.setDaemon(true);
        drain.start();
    }

    @AfterAll
    static void stopTheSandbox() throws Exception {
        sandbox.destroy();
        assertTrue(sandbox.waitFor(20, TimeUnit.SECONDS), "the sandbox stops on SIGTERM");
    }

    /** The README's first check: a default sandbox on this machine, and the suite with nothing but its URL. */
    @Test
    void theConformanceSuiteRunsFromTheJarAgainstTheSandboxWithNothingButItsUrl() throws Exception {
        Path reports = Path.of("target", "it-reports", "conformance");
        Result result = run(
                "conformance", "--base-url", baseUrl, "--tags", "@auth and @readonly", "--reports", reports.toString());
        assertEquals(0, result.exit(), result.output());
        assertTrue(result.output().contains("CONFORMANT"), result.output());
        assertTrue(result.output().contains("logging in as the sandbox's default admin"), result.output());
        assertTrue(
                result.output().matches("(?s).*MUST, the document's rules: +[1-9]\\d* passed, 0 failed.*"),
                result.output());
        assertTrue(Files.size(reports.resolve("cucumber.json")) > 100, "Cucumber JSON written");
        assertTrue(Files.readString(reports.resolve("junit.xml")).contains("<testcase"), "JUnit XML has test cases");
    }

    @Test
    void anInterruptedRunSaysSoAndLeavesValidReportsOfWhatFinished() throws Exception {
        Path reports = Path.of("target", "it-reports", "interrupted");
        Process run = new ProcessBuilder(
                        "java",
                        "-jar",
                        JAR,
                        "conformance",
                        "--base-url",
                        baseUrl,
                        "--email",
                        "admin@marqasouq.com",
                        "--password",
                        "admin_password",
                        "--reports",
                        reports.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder output = new StringBuilder();
        String line;
        while ((line = lines.readLine()) != null && !line.contains(" done, ")) {
            output.append(line).append('\n');
        }
        assertNotNull(line, "a progress line before the end: " + output);
        // SIGTERM through the process handle: Process.destroy() would also close our end of its output.
        run.toHandle().destroy();
        lines.lines().forEach(rest -> output.append(rest).append('\n'));
        assertTrue(run.waitFor(60, TimeUnit.SECONDS), "the run stops on SIGTERM");

        assertEquals(143, run.exitValue(), output.toString());
        assertTrue(output.toString().matches("(?s).*interrupted after [1-9]\\d* scenarios.*"), output.toString());
        String junit = Files.readString(reports.resolve("junit.xml"));
        assertTrue(junit.contains("<testcase") && junit.contains("cut off when the run was interrupted"), junit);
        assertTrue(Files.readString(reports.resolve("conformance-summary.md")).contains("INTERRUPTED after "));
        assertTrue(Files.size(reports.resolve("cucumber.json")) > 0, "cucumber.json is not empty");
    }

    @Test
    void aTagExpressionThatSelectsNothingIsAUsageError() throws Exception {
        Result result = run(
                "conformance",
                "--base-url",
                baseUrl,
                "--email",
                "admin@marqasouq.com",
                "--password",
                "admin_password",
                "--tags",
                "@no-such-tag",
                "--reports",
                "target/it-reports/none");
        assertEquals(2, result.exit(), result.output());
    }

    @Test
    void theDocsCommandWritesTheContract() throws Exception {
        Path out = Path.of("target", "it-reports", "docs");
        Result result = run("docs", "--output", out.toString());
        assertEquals(0, result.exit(), result.output());
        assertTrue(Files.readString(out.resolve("index.html")).contains("MarqaSouq Odoo Integration API"));
    }

    @Test
    void theHelpListsEveryCommand() throws Exception {
        Result result = run("--help");
        assertEquals(0, result.exit());
        for (String command : List.of("sandbox", "conformance", "stubs", "docs")) {
            assertTrue(result.output().contains(command), result.output());
        }
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("MARQASOUQ_"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "finished: " + command);
        return new Result(process.exitValue(), output);
    }

    private record Result(int exit, String output) {}
}
