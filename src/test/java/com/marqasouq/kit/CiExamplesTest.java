package com.marqasouq.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CI examples in docs/ci run the README's commands, and all of the steps a pipeline needs. */
class CiExamplesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern SH_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

    private static Set<String> readmeCommands() throws IOException {
        Matcher blocks = SH_BLOCK.matcher(Files.readString(Path.of("README.md")));
        List<String> lines = new ArrayList<>();
        while (blocks.find()) {
            blocks.group(1).lines().map(String::strip).forEach(lines::add);
        }
        return Set.copyOf(lines);
    }

    /** The shell lines of a workflow: GitHub's steps' {@code run}, GitLab's jobs' {@code script}. */
    private static List<String> ciCommands(String file) throws IOException {
        JsonNode ci = YAML.readTree(Path.of("docs", "ci", file).toFile());
        List<String> commands = new ArrayList<>();
        for (JsonNode job : ci.path("jobs").isMissingNode() ? ci : ci.path("jobs")) {
            job.path("steps")
                    .forEach(step -> step.path("run").asText("").lines().forEach(commands::add));
            job.path("script").forEach(line -> commands.add(line.asText()));
        }
        return commands.stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    @ParameterizedTest(name = "docs/ci/{0} runs only the README''s commands")
    @ValueSource(strings = {"github-actions.yml", "gitlab-ci.yml"})
    void everyCommandOfTheCiExampleIsInTheReadme(String file) throws IOException {
        Set<String> readme = readmeCommands();

        List<String> notInTheReadme =
                ciCommands(file).stream().filter(line -> !readme.contains(line)).toList();

        assertEquals(List.of(), notInTheReadme);
    }

    @ParameterizedTest(
            name = "docs/ci/{0} builds, starts the sandbox, waits for /health, runs the suite, publishes junit.xml")
    @ValueSource(strings = {"github-actions.yml", "gitlab-ci.yml"})
    void theCiExampleHasEveryStep(String file) throws IOException {
        String commands = ciCommands(file).stream().collect(Collectors.joining("\n"));
        String text = Files.readString(Path.of("docs", "ci", file));

        assertTrue(commands.contains("mvn -B -q -DskipTests package"), commands);
        assertTrue(
                commands.matches("(?s).*java (-\\S+ )*-jar target/marqasouq-odoo-kit\\.jar sandbox .*&.*"), commands);
        assertTrue(commands.contains("http://127.0.0.1:9000/health"), commands);
        assertTrue(commands.contains("conformance --base-url http://127.0.0.1:9000"), commands);
        assertTrue(text.contains("reports/conformance/junit.xml"), "publishes the JUnit report");
    }
}
