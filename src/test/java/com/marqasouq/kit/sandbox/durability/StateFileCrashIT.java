package com.marqasouq.kit.sandbox.durability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --state-file} survives a SIGKILL: every write acknowledged more than the save bound
 * before the kill is there after a restart, and a file the sandbox cannot read is reported in
 * one line and left as it is.
 */
class StateFileCrashIT {
    /** The documented bound (100 ms after the write plus one save) with room for a busy machine. */
    private static final long KILL_AFTER_MS = 1_500;

    @TempDir
    Path dir;

    @Test
    void writesAcknowledgedBeforeASigkillAreThereAfterARestart() throws Exception {
        Path stateFile = dir.resolve("state.json");
        List<String> acknowledged = new ArrayList<>();
        try (JarSandbox first = JarSandbox.start("--state-file", stateFile.toString())) {
            for (int i = 0; i < 40; i++) {
                String id = first.api()
                        .body(Map.of("email", "crash-" + i + "@example.com", "first_name", "Crash " + i))
                        .post("/admin/customers")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("customer.id");
                acknowledged.add(id);
            }
            Thread.sleep(KILL_AFTER_MS);
            first.kill();
        }

        try (JarSandbox second = JarSandbox.start("--state-file", stateFile.toString())) {
            List<String> missing = new ArrayList<>();
            for (String id : acknowledged) {
                int status = second.api().get("/admin/customers/" + id).statusCode();
                if (status != 200) {
                    missing.add(id);
                }
            }
            System.out.println("state file after SIGKILL: " + (acknowledged.size() - missing.size()) + " of "
                    + acknowledged.size() + " acknowledged writes found after the restart");
            assertEquals(List.of(), missing);
        }
    }

    @Test
    void aTruncatedStateFileIsAOneLineErrorAndIsNotOverwritten() throws Exception {
        Path stateFile = dir.resolve("state.json");
        byte[] truncated = "{\"format\":\"marqasouq-sandbox-state/1\",\"orders\":[{\"id\":\"order_1\""
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(stateFile, truncated);

        Map.Entry<Integer, String> run = JarSandbox.refused("--state-file", stateFile.toString());

        assertEquals(1, run.getKey(), run.getValue());
        String error = run.getValue().trim();
        assertEquals(1, error.lines().count(), error);
        assertTrue(error.contains(stateFile.toString()) && error.contains("not valid JSON"), error);
        assertFalse(error.contains("Exception"), error);
        assertArrayEquals(truncated, Files.readAllBytes(stateFile), "the file is left as it was");
    }
}
