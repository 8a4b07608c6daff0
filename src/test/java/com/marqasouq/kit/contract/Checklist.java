package com.marqasouq.kit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marqasouq.kit.conformance.report.FeatureCatalogue;
import com.marqasouq.kit.conformance.report.PlannedScenario;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The places CONTRIBUTING.md's checklists name for an operation and a webhook event, and which of
 * them a contract's operations and events are missing from. Everything but the contract is read
 * from the repository, so that a spec with one operation more shows what adding it takes.
 */
final class Checklist {

    private static final String SANDBOX_RESOURCES = "com.marqasouq.kit.sandbox.api";
    private static final String GENERATED_INTERFACES = "com.marqasouq.kit.generated.api";
    private static final Path COMMITTED_STUBS = Path.of("stubs", "mappings");

    /** Where the repository has each operation and event today. */
    record Places(
            Set<String> implementedOperations,
            Set<String> taggedOperations,
            Set<String> cataloguedRoutes,
            Set<String> stubbedOperations,
            Set<String> taggedEvents,
            Set<String> cataloguedEvents,
            Set<String> controlEvents) {

        static Places ofTheRepository() {
            List<PlannedScenario> scenarios = FeatureCatalogue.load();
            Set<String> routes = new TreeSet<>();
            DocumentedOperation.ALL.forEach(op -> routes.add(op.method() + " " + op.path()));
            Set<String> controlEvents = new TreeSet<>();
            Contract.sandboxControl()
                    .tree()
                    .at("/components/schemas/WebhookEventName/enum")
                    .forEach(e -> controlEvents.add(e.asText()));
            return new Places(
                    findImplementedOperations(),
                    tagged(scenarios, "@op:"),
                    routes,
                    findStubbedOperations(),
                    tagged(scenarios, "@webhook:"),
                    new TreeSet<>(WebhookCatalogueTest.EVENTS),
                    controlEvents);
        }
    }

    private Checklist() {}

    /** One line per place an operation or event of {@code contract} is missing from; empty when none. */
    static List<String> gaps(Contract contract, Places places) {
        List<String> gaps = new ArrayList<>();
        for (Operation op : contract.operations()) {
            String id = op.id();
            if (op.documentSection() == null) {
                gaps.add(id + ": the spec names no x-document-section");
            }
            if (!places.cataloguedRoutes().contains(op.method() + " " + op.path())) {
                gaps.add(id + ": no entry in DocumentedOperation.ALL (OperationCatalogueTest)");
            }
            if (!hasSuccessExample(contract, op)) {
                gaps.add(id + ": its success response has no example for the stubs to serve");
            }
            if (!places.stubbedOperations().contains(id)) {
                gaps.add(id + ": no mapping in stubs/mappings (regenerate the stubs)");
            }
            if (!places.implementedOperations().contains(id)) {
                gaps.add(id + ": no resource in " + SANDBOX_RESOURCES + " implements it");
            }
            if (!places.taggedOperations().contains(id)) {
                gaps.add(id + ": no scenario in features/ is tagged @op:" + id);
            }
        }
        for (WebhookEvent event : contract.webhookEvents()) {
            String name = event.name();
            if (!places.cataloguedEvents().contains(name)) {
                gaps.add(name + ": not in WebhookCatalogueTest.EVENTS");
            }
            if (!places.controlEvents().contains(name)) {
                gaps.add(name + ": not in WebhookEventName of openapi/sandbox-control.yaml");
            }
            if (!places.taggedEvents().contains(name)) {
                gaps.add(name + ": no scenario in features/ is tagged @webhook:" + name);
            }
        }
        return gaps;
    }

    private static boolean hasSuccessExample(Contract contract, Operation op) {
        return op.responses().entrySet().stream()
                .filter(r -> r.getKey().startsWith("2"))
                .map(Map.Entry::getValue)
                .map(r -> r.path("content").path("application/json"))
                .anyMatch(
                        media -> media.has("example") || media.path("examples").size() > 0);
    }

    /** The operationIds whose generated interface method a concrete sandbox resource implements. */
    private static Set<String> findImplementedOperations() {
        Set<String> implemented = new TreeSet<>();
        for (JavaClass resource : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(SANDBOX_RESOURCES)) {
            if (resource.isInterface() || resource.getModifiers().contains(JavaModifier.ABSTRACT)) {
                continue;
            }
            for (JavaClass api : resource.getAllRawInterfaces()) {
                if (api.getPackageName().equals(GENERATED_INTERFACES)) {
                    api.getMethods().stream().map(JavaMethod::getName).forEach(implemented::add);
                }
            }
        }
        return implemented;
    }

    private static Set<String> findStubbedOperations() {
        Set<String> stubbed = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(COMMITTED_STUBS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode id = json.readTree(file.toFile()).at("/metadata/operationId");
                if (id.isTextual()) {
                    stubbed.add(id.asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stubbed;
    }

    private static Set<String> tagged(List<PlannedScenario> scenarios, String prefix) {
        Set<String> tagged = new TreeSet<>();
        scenarios.forEach(s -> tagged.addAll(s.tagValues(prefix)));
        return tagged;
    }
}
