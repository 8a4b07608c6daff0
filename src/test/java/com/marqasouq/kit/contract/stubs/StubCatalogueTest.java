package com.marqasouq.kit.contract.stubs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marqasouq.kit.contract.Contract;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StubCatalogueTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final StubCatalogue catalogue = new StubCatalogue(Contract.marqasouqOdoo());

    @Test
    void theReadmeListsWhatEachOperationsStubsAnswerAsGenerated() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);

        assertEquals(
                catalogue.into(readme),
                readme,
                "README.md's stub catalogue is out of date; rewrite it with: mvn -q compile exec:java"
                        + " -Dexec.mainClass=com.marqasouq.kit.contract.stubs.StubCatalogue");
    }

    @Test
    void everyPreferExampleStubIsListedWithItsStatus() throws Exception {
        String table = catalogue.markdown();
        int examples = 0;
        for (String mapping :
                new StubGenerator(Contract.marqasouqOdoo()).mappings().values()) {
            JsonNode stub = JSON.readTree(mapping);
            if (stub.at("/metadata/selectedBy").asText().startsWith("Prefer: example=")) {
                String listed = "`" + stub.at("/metadata/example").asText() + "` ("
                        + stub.at("/response/status").asInt() + ")";
                String row = table.lines()
                        .filter(line -> line.startsWith(
                                "| `" + stub.at("/metadata/operationId").asText() + "` |"))
                        .findFirst()
                        .orElseThrow();
                assertTrue(row.contains(listed), listed + " in " + row);
                examples++;
            }
        }
        assertTrue(examples >= 4, "the spec has several named examples beyond the first: " + examples);
    }

    @Test
    void eachOperationHasOneRowWithItsPreferCodes() {
        String table = catalogue.markdown();

        assertEquals(
                2 + Contract.marqasouqOdoo().operations().size(), table.lines().count());
        assertTrue(
                table.contains("| `reduceStock` | `POST /admin/inventory/reduce-stock` | 400, 401, 404, 409, 500 |"),
                table);
    }
}
