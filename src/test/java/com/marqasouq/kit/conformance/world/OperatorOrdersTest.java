package com.marqasouq.kit.conformance.world;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.marqasouq.kit.conformance.ConformanceOptions;
import com.marqasouq.kit.conformance.findings.SuiteDefect;
import com.marqasouq.kit.conformance.http.ContractValidator;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opentest4j.TestAbortedException;

/**
 * An operator's --order-id is used up only by a scenario that sent a change for it, and a
 * read-only scenario cannot send a change at all: the request never leaves the suite.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperatorOrdersTest {
    private static final String ORDER = "order_01OPERATOR";

    private final WireMockServer target =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    @BeforeAll
    void start() {
        target.start();
        target.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"order\":{\"id\":\"" + ORDER + "\"}}")));
        RunContext.install(new RunContext(
                new ConformanceOptions(
                        URI.create("http://127.0.0.1:" + target.port()),
                        "admin@marqasouq.com",
                        "secret",
                        null,
                        Path.of("target"),
                        List.of(ORDER),
                        null,
                        null,
                        false),
                "token",
                false,
                "ct20261207t0000test",
                new ContractValidator(),
                null));
    }

    @AfterAll
    void stop() {
        target.stop();
    }

    @BeforeEach
    void newRun() {
        TestData.forgetUsedOrders();
        target.resetRequests();
    }

    private static TestData data(World world) {
        return new TestData(world, new CreatedProducts(), new CreatedCustomers(), new PlacedOrders());
    }

    @Test
    void anOrderOnlyReadIsHandedBackForTheNextScenario() {
        World first = new World();
        TestData data = data(first);
        assertEquals(ORDER, data.operatorOrder());
        first.call("GET", "/admin/orders/" + ORDER).send();
        data.releaseUnchangedOrders();

        assertEquals(ORDER, data(new World()).operatorOrder());
    }

    @Test
    void anOrderThatWasChangedIsUsedUp() {
        World first = new World();
        TestData data = data(first);
        data.operatorOrder();
        first.call("POST", "/admin/orders/" + ORDER + "/cancel")
                .deliberatelyInvalid()
                .send();
        data.releaseUnchangedOrders();

        assertThrows(TestAbortedException.class, () -> data(new World()).operatorOrder());
    }

    @Test
    void aReadOnlyScenarioCannotSendAChange() {
        World readOnly = new World();
        readOnly.readOnly(true);

        assertThrows(
                SuiteDefect.class,
                () -> readOnly.call("POST", "/admin/orders/" + ORDER + "/cancel")
                        .send());
        readOnly.call("GET", "/admin/orders/" + ORDER).send();
        readOnly.call("POST", "/auth/user/emailpass")
                .withoutToken()
                .body("{\"email\":\"a@b.co\",\"password\":\"x\"}")
                .deliberatelyInvalid()
                .send();
        assertEquals(2, target.getAllServeEvents().size(), "the change never left the suite");
    }
}
