package com.marqasouq.kit.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.conformance.report.FeatureCatalogue;
import com.marqasouq.kit.conformance.report.PlannedScenario;
import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.contract.Operation;
import com.marqasouq.kit.contract.diff.SpecChange;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ContractImpactTest {

    private static final ContractImpact IMPACT = ContractImpact.load();

    @Test
    void aChangeToTheOdooOrderListNamesQuickReferenceOneAndTheOdooOrderFlows() {
        List<String> flows = IMPACT.flowsOf(change("listOdooOrders", null)).stream()
                .map(ContractImpact.Flow::name)
                .toList();

        assertEquals(List.of("sync-new-orders", "odoo-orders", "python-client-updated"), flows);
    }

    @Test
    void aChangeToTheLoginNamesEveryFlowOfTheDocument() {
        List<String> flows = IMPACT.flowsOf(change("createAdminToken", null)).stream()
                .map(ContractImpact.Flow::name)
                .toList();

        assertEquals(8, flows.size(), flows.toString());
    }

    @Test
    void aWebhookChangeNamesTheScenariosTaggedWithItsEvent() {
        List<PlannedScenario> scenarios = IMPACT.scenariosOf(change("orderPlacedWebhook", "order.placed"));

        assertTrue(!scenarios.isEmpty());
        scenarios.forEach(s -> assertTrue(s.hasTag("@webhook:order.placed"), s.name()));
    }

    @Test
    void everyFlowTheFlowCatalogueNamesIsADocumentedFlowAndItsOperationsExist() {
        Set<String> operations = Contract.marqasouqOdoo().operations().stream()
                .map(Operation::id)
                .collect(Collectors.toSet());
        Map<String, Set<String>> flows = DocumentFlows.load();

        assertEquals(
                Set.of(
                        "sync-new-orders",
                        "sync-stock",
                        "sync-new-customers",
                        "order-fulfillment",
                        "odoo-orders",
                        "odoo-customers",
                        "odoo-inventory",
                        "python-client-updated"),
                flows.keySet());
        flows.forEach((flow, ops) -> assertTrue(operations.containsAll(ops), flow + ": " + ops));
    }

    @Test
    void aScenarioTaggedWithAFlowAddsTheOperationsItExercisesToThatFlow() {
        PlannedScenario tagged = FeatureCatalogue.load().stream()
                .filter(s -> s.hasTag("@flow:odoo-orders") && s.hasTag("@op:createFulfillment"))
                .findFirst()
                .orElseThrow();
        List<String> flows = IMPACT.flowsOf(change("createFulfillment", null)).stream()
                .map(ContractImpact.Flow::name)
                .toList();

        assertTrue(
                flows.contains("odoo-orders"),
                tagged.name() + " puts the fulfillment into the /odoo/orders flow: " + flows);
        assertTrue(flows.contains("order-fulfillment"), flows.toString());
    }

    private static SpecChange change(String operationId, String webhook) {
        return new SpecChange("X /x", operationId, webhook, "", "changed", true, false);
    }
}
