package com.marqasouq.kit.conformance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.conformance.findings.Divergence;
import com.marqasouq.kit.conformance.findings.Finding;
import com.marqasouq.kit.conformance.findings.ScenarioBlocked;
import com.marqasouq.kit.conformance.findings.ScenarioEvidence;
import com.marqasouq.kit.conformance.findings.ShapeViolation;
import com.marqasouq.kit.conformance.findings.ShapeWording;
import io.cucumber.plugin.event.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scenarios that fail for the same reason make one cause, counted once per scenario, most scenarios first. */
class CausesTest {
    private final Causes causes = new Causes(id -> "op " + id, id -> "2.1");

    @Test
    void oneShapeViolationSeenByManyScenariosAndOperationsIsOneCause() {
        List<ScenarioOutcome> outcomes = List.of(
                passed("a", List.of(missingCode("listOrders", 400), missingCode("listOrders", 400))),
                passed("b", List.of(missingCode("getOrder", 404))),
                passed("c", List.of()));

        List<Cause> found = causes.of(outcomes);

        assertEquals(1, found.size(), found.toString());
        Cause cause = found.get(0);
        assertEquals(Finding.Kind.SHAPE, cause.kind());
        assertEquals(2, cause.scenarios());
        assertEquals(List.of("op listOrders", "op getOrder"), cause.operations());
        assertTrue(cause.line(5).contains("error answers (400, 404): the body lacks `code`"), cause.line(5));
        assertTrue(cause.line(5).contains("document §7"), cause.line(5));
    }

    @Test
    void anErrorCodeThatIsNotUpperSnakeIsReportedAsTheContractsDecision() {
        ShapeViolation lowerCase = ShapeWording.violation(
                "listOrders",
                "GET /admin/orders",
                500,
                "validation.response.body.schema.pattern",
                "[Path '/code'] ECMA 262 regex \"^[A-Z][A-Z0-9_]*$\" does not match input string \"unknown_error\"",
                null);

        Cause cause = causes.of(List.of(passed("a", List.of(lowerCase)))).get(0);

        assertTrue(cause.line(5).contains("`/code` does not match the pattern `^[A-Z][A-Z0-9_]*$`"), cause.line(5));
        assertTrue(cause.line(5).endsWith("decision D19"), cause.line(5));
    }

    @Test
    void theSameDivergenceInTwoScenariosIsOneCauseAndTheBiggestComesFirst() {
        Divergence conflict = new Divergence("POST /admin/customers", "status 409", "status 400", "already exists");
        List<ScenarioOutcome> outcomes = List.of(
                failed("x", conflict, "@decision:D16"),
                failed("y", conflict, "@decision:D16"),
                blocked("z", new ScenarioBlocked("creating a test product", "POST /admin/products", "400 \"no\"")));

        List<Cause> found = causes.of(outcomes);

        assertEquals(2, found.size(), found.toString());
        assertEquals(2, found.get(0).scenarios());
        assertTrue(found.get(0).decisionOnly());
        assertEquals(
                "[status] expected status 409, got status 400 (the target said: \"already exists\") — 2 scenarios"
                        + " · op POST /admin/customers — decision D16",
                found.get(0).line(5));
        assertEquals(Finding.Kind.BLOCKED, found.get(1).kind());
    }

    private static ShapeViolation missingCode(String operationId, int status) {
        return ShapeWording.violation(
                operationId,
                operationId,
                status,
                "validation.response.body.schema.required",
                "Object has missing required properties ([\"code\"])",
                "");
    }

    private static PlannedScenario scenario(String name, String... tags) {
        return new PlannedScenario("F", "classpath:features/f.feature", name.hashCode(), name, List.of(tags));
    }

    private static ScenarioOutcome passed(String name, List<ShapeViolation> shape) {
        return outcome(name, Status.PASSED, null, shape, "@doc:2.1");
    }

    private static ScenarioOutcome failed(String name, Throwable error, String rule) {
        return outcome(name, Status.FAILED, error, List.of(), rule);
    }

    private static ScenarioOutcome blocked(String name, Throwable error) {
        return outcome(name, Status.SKIPPED, error, List.of(), "@doc:3.5");
    }

    private static ScenarioOutcome outcome(
            String name, Status status, Throwable error, List<ShapeViolation> shape, String rule) {
        PlannedScenario scenario = scenario(name, rule);
        ScenarioEvidence evidence = new ScenarioEvidence(List.of(), shape, List.of(), null);
        return Outcomes.of(
                        List.of(scenario),
                        Map.of(),
                        Map.of(scenario.key(), new RunResults.Finished(status, "Then x", "x", error)),
                        Map.of(scenario.key(), evidence))
                .get(0);
    }
}
