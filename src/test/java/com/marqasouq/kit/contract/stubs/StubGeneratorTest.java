package com.marqasouq.kit.contract.stubs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marqasouq.kit.contract.Contract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StubGeneratorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final StubGenerator generator = new StubGenerator(Contract.marqasouqOdoo());

    @Test
    void writesTheSameFilesOnEveryRun() {
        assertEquals(generator.mappings(), new StubGenerator(Contract.marqasouqOdoo()).mappings());
    }

    @Test
    void answersTheFirstSuccessExampleByDefault() throws Exception {
        JsonNode stub = mapping("reduceStock.json");
        assertEquals(Selection.SUCCESS.priority, stub.path("priority").asInt());
        assertEquals(200, stub.at("/response/status").asInt());
        assertEquals(1, stub.at("/response/jsonBody/inventory_item/reduced_by").asInt());
        assertTrue(stub.at("/request/headers").isMissingNode(), "the success stub needs no header");
    }

    @Test
    void answers401WithoutBearerTokenBeforeAnythingElse() throws Exception {
        JsonNode stub = mapping("getOrder-401-no-token.json");
        assertEquals(1, stub.path("priority").asInt());
        assertEquals("UNAUTHORIZED", stub.at("/response/jsonBody/code").asText());
        assertTrue(stub.at("/request/headers/Authorization/or/0/absent").asBoolean());
    }

    @Test
    void theLoginHasNoMissingTokenStub() {
        assertFalse(generator.mappings().containsKey("createAdminToken-401-no-token.json"));
        assertTrue(
                generator.mappings().containsKey("createAdminToken-401.json"),
                "its wrong-credentials 401 is on Prefer");
    }

    @Test
    void selectsOtherDocumentedResponsesWithPreferCode() throws Exception {
        JsonNode stub = mapping("getOrder-404.json");
        assertEquals(Selection.PREFER_CODE.priority, stub.path("priority").asInt());
        assertEquals(404, stub.at("/response/status").asInt());
        String prefer = stub.at("/request/headers/Prefer/matches").asText();
        assertTrue("code=404".matches(prefer));
        assertTrue("return=minimal, code=404".matches(prefer), "among other preferences");
        assertFalse("code=4040".matches(prefer));
    }

    @Test
    void servesTheDefaultErrorResponseAs500() throws Exception {
        JsonNode stub = mapping("getOrder-500.json");
        assertEquals("default", stub.at("/metadata/response").asText());
        assertEquals("SERVER_ERROR", stub.at("/response/jsonBody/code").asText());
    }

    @Test
    void selectsFurtherExamplesWithPreferExample() throws Exception {
        JsonNode stub = mapping("reduceStock-200-items.json");
        assertEquals(Selection.PREFER_EXAMPLE.priority, stub.path("priority").asInt());
        assertEquals("order_shipped", stub.at("/response/jsonBody/reason").asText());
    }

    @Test
    void matchesPathParametersByTheirSchemaPattern() throws Exception {
        String pattern = mapping("updateLocationLevel.json")
                .at("/request/urlPathPattern")
                .asText();
        assertEquals("/admin/inventory-items/iitem_[A-Za-z0-9_]+/location-levels/sloc_[A-Za-z0-9_]+", pattern);
        assertEquals(
                "/admin/orders",
                mapping("listOrders.json").at("/request/urlPath").asText());
    }

    @Test
    void replacesItsOwnMappingsOfAnEarlierRun(@TempDir Path dir) throws Exception {
        Path stale = Files.createDirectories(dir.resolve("mappings")).resolve("removedOperation.json");
        Files.writeString(stale, "{\"id\": \"" + StubMappingJson.idFor("removedOperation.json") + "\"}");
        int count = generator.writeTo(dir, false).written();
        assertFalse(Files.exists(stale));
        try (var files = Files.list(dir.resolve("mappings"))) {
            assertEquals(count, files.count());
        }
    }

    private JsonNode mapping(String fileName) throws Exception {
        SortedMap<String, String> mappings = generator.mappings();
        assertTrue(mappings.containsKey(fileName), fileName + " in " + mappings.keySet());
        return JSON.readTree(mappings.get(fileName));
    }
}
