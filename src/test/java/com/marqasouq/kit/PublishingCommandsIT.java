package com.marqasouq.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.contract.diff.SpecFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The built jar compares contract versions with openapi-diff, as API owners run it (JarCommandsIT runs `docs`). */
class PublishingCommandsIT {

    private static final String JAR = System.getProperty("kit.jar", "target/marqasouq-odoo-kit.jar");

    @Test
    void diffOfTheReleaseAndASpecWithoutAnOdooOrderFieldExitsOne() throws Exception {
        Path spec = Path.of("target", "it-reports", "no-email.yaml");
        Files.createDirectories(spec.getParent());
        Files.writeString(spec, SpecFixtures.yaml(SpecFixtures.withoutOdooOrderEmail(SpecFixtures.release100())));

        Result result = run("diff", "1.0.0", spec.toString());

        assertEquals(1, result.exit(), result.output());
        assertTrue(result.output().contains("Quick Reference 1: sync new orders to Odoo"), result.output());
        assertTrue(result.output().contains("(@op:listOdooOrders)"), result.output());
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "finished: " + command);
        return new Result(process.exitValue(), output);
    }

    private record Result(int exit, String output) {}
}
