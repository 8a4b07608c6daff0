package com.marqasouq.kit.sandbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs one of the API document's Python clients with python3, pointed at a sandbox. */
final class PythonClient {
    /** What the script printed and how it ended. */
    record Result(int exit, String output) {}

    private PythonClient() {}

    /** The script as the document has it, with the base URL (and placeholder password) substituted. */
    static Result run(String resource, String baseUrl, String passwordPlaceholder, String password, Path workDir)
            throws IOException, InterruptedException {
        String script;
        try (InputStream in = PythonClient.class.getResourceAsStream("/python/" + resource)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(script.contains("'http://localhost:9000'"), "the document's base URL is in " + resource);
        script = script.replace("'http://localhost:9000'", "'" + baseUrl + "'");
        if (passwordPlaceholder != null) {
            script = script.replace("'" + passwordPlaceholder + "'", "'" + password + "'");
        }
        Path file = workDir.resolve(resource);
        Files.writeString(file, script);
        Process process = new ProcessBuilder("python3", file.toString())
                .redirectErrorStream(true)
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(resource + " did not finish in 120 s");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
