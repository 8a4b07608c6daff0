package com.marqasouq.kit.conformance.report;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.Source;
import io.cucumber.messages.types.SourceMediaType;
import io.cucumber.messages.types.TableRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Every scenario of the features shipped in the jar, with its tags, read with Cucumber's Gherkin parser. */
public final class FeatureCatalogue {
    public static final String ROOT = "features";

    private FeatureCatalogue() {}

    public static List<PlannedScenario> load() {
        List<PlannedScenario> scenarios = new ArrayList<>();
        for (Map.Entry<String, String> file : featureFiles().entrySet()) {
            scenarios.addAll(parse(file.getKey(), file.getValue()));
        }
        return scenarios;
    }

    static List<PlannedScenario> parse(String uri, String text) {
        Envelope source = Envelope.of(new Source(uri, text, SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN));
        List<Envelope> envelopes = GherkinParser.builder()
                .includeSource(false)
                .build()
                .parse(source)
                .toList();
        Map<String, Integer> lines = new HashMap<>();
        String featureName = "";
        for (Envelope e : envelopes) {
            if (e.getGherkinDocument().isPresent()) {
                GherkinDocument doc = e.getGherkinDocument().get();
                Feature feature = doc.getFeature().orElse(null);
                if (feature != null) {
                    featureName = feature.getName();
                    indexLines(feature.getChildren(), lines);
                }
            }
            if (e.getParseError().isPresent()) {
                throw new IllegalStateException(
                        "Cannot parse " + uri + ": " + e.getParseError().get().getMessage());
            }
        }
        List<PlannedScenario> out = new ArrayList<>();
        for (Envelope e : envelopes) {
            if (e.getPickle().isPresent()) {
                Pickle pickle = e.getPickle().get();
                List<String> ids = pickle.getAstNodeIds();
                int line = lines.getOrDefault(ids.get(ids.size() - 1), lines.getOrDefault(ids.get(0), 0));
                out.add(new PlannedScenario(
                        featureName,
                        uri,
                        line,
                        pickle.getName(),
                        pickle.getTags().stream().map(PickleTag::getName).toList()));
            }
        }
        return out;
    }

    private static void indexLines(List<FeatureChild> children, Map<String, Integer> lines) {
        for (FeatureChild child : children) {
            child.getScenario().ifPresent(s -> indexScenario(s, lines));
            child.getRule()
                    .ifPresent(rule ->
                            rule.getChildren().forEach(rc -> rc.getScenario().ifPresent(s -> indexScenario(s, lines))));
        }
    }

    private static void indexScenario(Scenario scenario, Map<String, Integer> lines) {
        lines.put(scenario.getId(), scenario.getLocation().getLine().intValue());
        for (Examples examples : scenario.getExamples()) {
            for (TableRow row : examples.getTableBody()) {
                lines.put(row.getId(), row.getLocation().getLine().intValue());
            }
        }
    }

    /** classpath:features/... URI → text, sorted, from a directory (tests) or from the jar. */
    static Map<String, String> featureFiles() {
        URL root = FeatureCatalogue.class.getClassLoader().getResource(ROOT);
        if (root == null) {
            throw new IllegalStateException("No " + ROOT + "/ on the classpath");
        }
        try {
            URI uri = root.toURI();
            if ("jar".equals(uri.getScheme())) {
                // Opened and closed here: JUnit's scanner opens the jar's file system itself later.
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(fs.getPath(ROOT), fs.getPath(ROOT));
                }
            }
            Path dir = Path.of(uri);
            return read(dir, dir);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot list the features", e);
        }
    }

    private static Map<String, String> read(Path dir, Path base) throws IOException {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".feature"))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList()) {
                String relative = base.relativize(p).toString().replace('\\', '/');
                try {
                    files.put("classpath:" + ROOT + "/" + relative, Files.readString(p, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return files;
    }
}
