package com.marqasouq.kit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built jar run as a user runs it, with an environment of our choosing: no MARQASOUQ_*
 * variable leaks in from the machine that runs the build.
 */
final class KitProcess {
    static final String JAR = System.getProperty("kit.jar", "target/marqasouq-odoo-kit.jar");
    private static final Pattern READY = Pattern.compile("ready on (http://127\\.0\\.0\\.1:\\d+)");

    final Process process;
    private final List<String> lines = new ArrayList<>();

    private KitProcess(Process process) {
        this.process = process;
    }

    static KitProcess start(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("MARQASOUQ_"));
        builder.environment().putAll(env);
        return new KitProcess(builder.start());
    }

    /** Runs a command to its end: its exit code and its output (stdout and stderr). */
    static Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        KitProcess kit = start(env, args);
        String output = new String(kit.process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!kit.process.waitFor(180, TimeUnit.SECONDS)) {
            kit.process.destroyForcibly();
            throw new AssertionError("did not finish: " + List.of(args));
        }
        return new Result(kit.process.exitValue(), output);
    }

    /** Reads the sandbox's output up to its ready line, then drains the rest in the background. */
    String awaitReady() throws IOException {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            synchronized (lines) {
                lines.add(line);
            }
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(more -> {
                    synchronized (lines) {
                        lines.add(more);
                    }
                }));
                drain.setDaemon(true);
                drain.start();
                return ready.group(1);
            }
        }
        throw new AssertionError("no ready line in " + output());
    }

    String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    /** Sends a signal by name (TERM, INT) with the system's kill. */
    void signal(String name) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid()))
                .inheritIO()
                .start()
                .waitFor();
    }

    /** Whether the process ignores SIGINT, as a job started in the background of a script does (Linux only). */
    boolean ignoresSigint() throws IOException {
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        if (!Files.exists(status)) {
            return true; // cannot tell: do not rely on SIGINT
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                long ignored = Long.parseLong(line.substring("SigIgn:".length()).trim(), 16);
                return (ignored & (1L << (2 - 1))) != 0; // SIGINT is signal 2
            }
        }
        return true;
    }

    int awaitExit() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not stop; output:\n" + output());
        }
        return process.exitValue();
    }

    record Result(int exit, String output) {}
}
