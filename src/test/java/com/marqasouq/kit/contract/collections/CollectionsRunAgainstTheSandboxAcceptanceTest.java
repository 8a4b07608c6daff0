package com.marqasouq.kit.contract.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Both collections, as `docs` writes them, run top to bottom against a fresh sandbox: every request gets its documented status. */
@ExtendWith(RunningSandbox.class)
class CollectionsRunAgainstTheSandboxAcceptanceTest {

    private static final Contract CONTRACT = Contract.marqasouqOdoo();
    private static final List<ExampleRequest> REQUESTS = ExampleRequests.of(CONTRACT);
    private static final CollectionVariables VARIABLES = CollectionVariables.forSandbox(CONTRACT);

    @Test
    void everyRequestOfTheHttpFileGetsItsDocumentedStatus() throws Exception {
        String file = HttpFile.of(CONTRACT, REQUESTS, VARIABLES);

        List<Sent> sent = new HttpFileRunner().run(file, baseUrl());

        assertAllAsDocumented(sent);
    }

    @Test
    void everyRequestOfThePostmanCollectionGetsItsDocumentedStatus() throws Exception {
        String collection = PostmanCollection.of(CONTRACT, REQUESTS, VARIABLES);

        List<Sent> sent = new PostmanRunner().run(new ObjectMapper().readTree(collection), baseUrl());

        assertAllAsDocumented(sent);
    }

    private static void assertAllAsDocumented(List<Sent> sent) {
        assertEquals(
                CONTRACT.operations().size() + 1, sent.size(), "every operation, and the lookup before the cancel");
        assertTrue(
                sent.stream().allMatch(Sent::asDocumented),
                () -> String.join(
                        "\n",
                        sent.stream()
                                .filter(s -> !s.asDocumented())
                                .map(Sent::toString)
                                .toList()));
    }

    private static String baseUrl() {
        return RunningSandbox.baseUrl().replaceAll("/$", "");
    }
}
