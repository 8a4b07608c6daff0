package com.marqasouq.kit.contract.stubs;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.contract.Operation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

/** Serves the committed {@code stubs/} with WireMock and checks every answer against the spec. */
class StubsServeValidResponsesAcceptanceTest {

    private static final String TOKEN = "Bearer eyJhbGciOiJIUzI1NiJ9.test.signature";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Contract contract = Contract.marqasouqOdoo();
    private static final Path stubs = Path.of(System.getProperty("kit.stubs.dir", "stubs"));
    private static final HttpClient http = HttpClient.newHttpClient();
    private static OpenApiInteractionValidator validator;
    private static WireMockServer wireMock;
    private static String baseUrl;

    record Answer(int status, String contentType, String body) {}

    /** WireMock adds folders to its root dir, so it serves a copy of the committed stubs. */
    @BeforeAll
    static void startWireMockOnACopyOfTheCommittedStubs(@TempDir Path root) throws IOException {
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(contract.yaml())
                .build();
        Path mappings = Files.createDirectories(root.resolve(StubGenerator.MAPPINGS));
        for (Path file : mappingFiles()) {
            Files.copy(file, mappings.resolve(file.getFileName()));
        }
        wireMock = new WireMockServer(
                options().bindAddress("127.0.0.1").dynamicPort().usingFilesUnderDirectory(root.toString()));
        wireMock.start();
        baseUrl = "http://127.0.0.1:" + wireMock.port();
    }

    @AfterAll
    static void stopWireMock() {
        if (wireMock != null) {
            wireMock.stop();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyStubAnswersWhatItDocumentsAndTheAnswerValidatesAgainstTheSpec() throws IOException {
        return mappings().entrySet().stream()
                .map(entry -> dynamicTest(entry.getKey(), () -> {
                    JsonNode metadata = entry.getValue().path("metadata");
                    Operation operation = operation(metadata.path("operationId").asText());
                    String selectedBy = metadata.path("selectedBy").asText();
                    Map<String, String> headers = new LinkedHashMap<>();
                    if (!selectedBy.equals("no bearer token")) {
                        headers.put("Authorization", TOKEN);
                    }
                    if (selectedBy.startsWith("Prefer: ")) {
                        headers.put("Prefer", selectedBy.substring("Prefer: ".length()));
                    }

                    Answer answer = send(operation, headers);

                    assertEquals(
                            entry.getValue().at("/response/status").asInt(),
                            answer.status(),
                            entry.getKey() + ": " + answer.body());
                    assertEquals(
                            entry.getValue().at("/response/jsonBody"), JSON.readTree(answer.body()), entry.getKey());
                    assertValid(operation, answer);
                }));
    }

    @Test
    void everyOperationOfTheSpecHasOneDefaultStub(TestReporter reporter) throws IOException {
        Map<String, JsonNode> mappings = mappings();
        List<String> withDefault = mappings.values().stream()
                .filter(mapping -> mapping.at("/metadata/selectedBy").asText().equals("documented success"))
                .map(mapping -> mapping.at("/metadata/operationId").asText())
                .sorted()
                .toList();
        List<String> operations =
                contract.operations().stream().map(Operation::id).sorted().toList();

        assertFalse(operations.isEmpty(), "operations in the spec");
        assertEquals(operations, withDefault);
        reporter.publishEntry("stub mappings", String.valueOf(mappings.size()));
    }

    @Test
    void aRequestWithoutBearerTokenGets401OnEverySecuredOperationWhateverItPrefers() throws Exception {
        for (Operation operation : contract.operations()) {
            if (operation.isSecured()) {
                for (Map<String, String> headers : List.of(
                        Map.<String, String>of(),
                        Map.of("Authorization", "Basic YWRtaW46YWRtaW4="),
                        Map.of("Prefer", "code=404"))) {
                    Answer answer = send(operation, headers);
                    assertEquals(401, answer.status(), operation + " with " + headers);
                    assertValid(operation, answer);
                }
            }
        }
    }

    @Test
    void theLoginAnswersWithoutToken() throws Exception {
        Answer answer = send(operation("createAdminToken"), Map.of());
        assertEquals(200, answer.status());
        assertTrue(JSON.readTree(answer.body()).has("token"));
    }

    @Test
    void preferCode404SelectsTheNotFoundWhereTheSpecDocumentsIt() throws Exception {
        Set<String> with404 = new TreeSet<>();
        for (Operation operation : contract.operations()) {
            Answer answer = send(operation, Map.of("Authorization", TOKEN, "Prefer", "code=404"));
            if (operation.responses().containsKey("404")) {
                with404.add(operation.id());
                assertEquals(404, answer.status(), operation.toString());
                assertEquals(
                        "NOT_FOUND", JSON.readTree(answer.body()).path("code").asText());
                assertValid(operation, answer);
            } else {
                assertEquals(successStatus(operation), answer.status(), operation + " documents no 404: its success");
            }
        }
        assertFalse(with404.isEmpty());
    }

    @Test
    void aPathParameterOutsideItsPatternIsNotStubbed() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/admin/orders/not-an-order-id"))
                        .header("Authorization", TOKEN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
        assertFalse(response.body().contains("\"code\""), "WireMock's own 'no stub matched' answer");
    }

    private static Answer send(Operation operation, Map<String, String> headers)
            throws IOException, InterruptedException {
        String body = ExampleRequests.body(operation);
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(baseUrl + ExampleRequests.path(operation) + "?limit=10"))
                .method(
                        operation.method(),
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null),
                response.body());
    }

    private static void assertValid(Operation operation, Answer answer) {
        SimpleResponse response = SimpleResponse.Builder.status(answer.status())
                .withContentType(answer.contentType())
                .withBody(answer.body())
                .build();
        ValidationReport report = validator.validateResponse(
                ExampleRequests.path(operation), Request.Method.valueOf(operation.method()), response);
        assertFalse(
                report.hasErrors(),
                operation + " answered " + answer.status() + ", which does not validate against the spec:\n"
                        + SimpleValidationReportFormat.getInstance().apply(report));
    }

    private static int successStatus(Operation operation) {
        return operation.responses().keySet().stream()
                .filter(key -> key.matches("2\\d\\d"))
                .mapToInt(Integer::parseInt)
                .min()
                .orElseThrow();
    }

    private static Operation operation(String id) {
        return contract.operations().stream()
                .filter(operation -> operation.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, JsonNode> mappings() throws IOException {
        Map<String, JsonNode> mappings = new LinkedHashMap<>();
        for (Path file : mappingFiles()) {
            mappings.put(file.getFileName().toString(), JSON.readTree(file.toFile()));
        }
        return mappings;
    }

    private static List<Path> mappingFiles() throws IOException {
        try (Stream<Path> list = Files.list(stubs.resolve(StubGenerator.MAPPINGS))) {
            return list.filter(file -> file.toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }
}
