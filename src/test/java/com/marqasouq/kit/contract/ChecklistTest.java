package com.marqasouq.kit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * CONTRIBUTING.md's checklists hold: every operation and webhook event of the contract is in each
 * place they name, and a spec with something new is reported for each place it is missing from.
 */
class ChecklistTest {

    private static final Checklist.Places REPOSITORY = Checklist.Places.ofTheRepository();

    @Test
    void everyOperationAndEventOfTheContractIsInEveryPlaceTheChecklistsName() {
        List<String> gaps = Checklist.gaps(Contract.marqasouqOdoo(), REPOSITORY);

        assertEquals(List.of(), gaps, "see CONTRIBUTING.md, 'Adding an operation':\n  " + String.join("\n  ", gaps));
    }

    @Test
    void aNewOperationIsReportedForEveryPlaceItIsMissingFrom() {
        Contract withReturns = contractWith(spec -> {
            ObjectNode post =
                    spec.withObject("/paths").putObject("/admin/returns").putObject("post");
            post.put("operationId", "createReturn");
            post.putObject("responses").putObject("200").put("description", "The return");
            return spec;
        });

        assertEquals(
                List.of(
                        "createReturn: the spec names no x-document-section",
                        "createReturn: no entry in DocumentedOperation.ALL (OperationCatalogueTest)",
                        "createReturn: its success response has no example for the stubs to serve",
                        "createReturn: no mapping in stubs/mappings (regenerate the stubs)",
                        "createReturn: no resource in com.marqasouq.kit.sandbox.api implements it",
                        "createReturn: no scenario in features/ is tagged @op:createReturn"),
                Checklist.gaps(withReturns, REPOSITORY));
    }

    @Test
    void aNewEventIsReportedForEveryPlaceItIsMissingFrom() {
        Contract withReturned = contractWith(spec -> {
            spec.withObject("/x-webhooks")
                    .set("order.returned", spec.at("/x-webhooks/order.placed").deepCopy());
            return spec;
        });

        assertEquals(
                List.of(
                        "order.returned: not in WebhookCatalogueTest.EVENTS",
                        "order.returned: not in WebhookEventName of openapi/sandbox-control.yaml",
                        "order.returned: no scenario in features/ is tagged @webhook:order.returned"),
                Checklist.gaps(withReturned, REPOSITORY));
    }

    @Test
    void anOperationMissingFromOnePlaceIsReportedForThatPlaceOnly() {
        Set<String> implemented = new HashSet<>(REPOSITORY.implementedOperations());
        implemented.remove("reduceStock");
        Set<String> tagged = new HashSet<>(REPOSITORY.taggedOperations());
        tagged.remove("getOrder");
        Checklist.Places places = new Checklist.Places(
                implemented,
                tagged,
                REPOSITORY.cataloguedRoutes(),
                REPOSITORY.stubbedOperations(),
                REPOSITORY.taggedEvents(),
                REPOSITORY.cataloguedEvents(),
                REPOSITORY.controlEvents());

        assertEquals(
                List.of(
                        "getOrder: no scenario in features/ is tagged @op:getOrder",
                        "reduceStock: no resource in com.marqasouq.kit.sandbox.api implements it"),
                Checklist.gaps(Contract.marqasouqOdoo(), places).stream()
                        .sorted()
                        .toList());
    }

    private static Contract contractWith(UnaryOperator<ObjectNode> change) {
        ObjectNode copy = change.apply(Contract.marqasouqOdoo().tree().deepCopy());
        return Contract.parse("a copy of the contract", JsonText.pretty(copy));
    }
}
