package com.marqasouq.kit.sandbox.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.Sandbox;
import com.marqasouq.kit.sandbox.http.SpecOperations.SpecOperation;
import com.marqasouq.kit.sandbox.store.StateDocument;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile requests derived from both specs, for every operation and control: each is refused
 * with a 4xx (never a 5xx) and a {type, message, code} JSON body, and the state does not change.
 * Every mutation is tried on every operation it applies to, with random values drawn from a seed
 * the test prints; {@code -Dhostile.seed=N} replays a run.
 */
class HostileRequestsPropertyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<SpecOperation> OPERATIONS =
            SpecOperations.load(Contract.marqasouqOdoo(), Contract.sandboxControl());
    private static final Map<String, Set<String>> METHODS_OF_PATH = new HashMap<>();
    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
    private static final AtomicInteger STATE_CHANGES = new AtomicInteger();
    private static final Map<Integer, Integer> STATUSES = new java.util.TreeMap<>();
    /** Each mutation on each operation this many times, with other random values each time. */
    private static final int ROUNDS = 2;

    private static final long SEED = Long.getLong("hostile.seed", System.nanoTime());
    private static JsonNode stateBefore;

    static {
        OPERATIONS.forEach(op -> METHODS_OF_PATH
                .computeIfAbsent(op.pathTemplate(), p -> new TreeSet<>())
                .add(op.method()));
    }

    @BeforeAll
    static void startTheSandbox() {
        new RunningSandbox().beforeEach(null); // starts it once, at its default data
        RunningSandbox.sandbox().store().afterChange(STATE_CHANGES::incrementAndGet);
        stateBefore = export(RunningSandbox.sandbox());
    }

    @AfterAll
    static void reportAndCheckTheWholeState() {
        RunningSandbox.sandbox().store().afterChange(() -> {});
        System.out.println("hostile requests tried: " + TRIED.get() + " (seed " + SEED + ")" + ", 5xx: "
                + SERVER_ERRORS.get() + ", state changes: " + STATE_CHANGES.get() + ", statuses: " + STATUSES);
        assertEquals(stateBefore, export(RunningSandbox.sandbox()), "GET /_sandbox/state is unchanged");
    }

    @TestFactory
    Stream<DynamicTest> everyHostileRequestIsRefusedInTheErrorFormatAndChangesNothing() {
        Random seeds = new Random(SEED);
        return Stream.iterate(1, round -> round <= ROUNDS, round -> round + 1)
                .flatMap(round -> OPERATIONS.stream())
                .flatMap(op -> Mutations.ALL.stream()
                        .map(mutation -> mutation.apply(
                                op,
                                new Random(seeds.nextLong()),
                                RunningSandbox.token(),
                                METHODS_OF_PATH.get(op.pathTemplate()))))
                .filter(request -> request != null)
                .map(request -> DynamicTest.dynamicTest(request.toString(), () -> refusedAndChangesNothing(request)));
    }

    private static void refusedAndChangesNothing(HostileRequest request) throws Exception {
        URI base = URI.create(RunningSandbox.baseUrl());
        RawHttp.Response response = RawHttp.send(base.getHost(), base.getPort(), request.bytes());
        TRIED.incrementAndGet();
        synchronized (STATUSES) {
            STATUSES.merge(response.status(), 1, Integer::sum);
        }
        if (response.status() >= 500) {
            SERVER_ERRORS.incrementAndGet();
        }

        assertTrue(response.status() >= 400 && response.status() < 500, request + " answered " + response.head());
        String type = response.header("Content-Type");
        assertTrue(type != null && type.startsWith("application/json"), request + " answered " + response.head());
        JsonNode body = JSON.readTree(response.body());
        for (String field : List.of("type", "message", "code")) {
            assertTrue(body.path(field).isTextual(), request + ": no " + field + " in " + body);
        }
        assertEquals(0, STATE_CHANGES.get(), request + " changed the state");
        if (TRIED.get() % 100 == 0) {
            assertEquals(stateBefore, export(RunningSandbox.sandbox()), "state after " + request);
        }
    }

    private static JsonNode export(Sandbox sandbox) {
        JsonNode document = sandbox.store()
                .read(state -> StateDocument.export(state, sandbox.clock().now()));
        ((ObjectNode) document).remove("clock");
        return document;
    }
}
