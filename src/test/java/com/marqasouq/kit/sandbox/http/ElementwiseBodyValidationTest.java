package com.marqasouq.kit.sandbox.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.generated.api.InventoryApi;
import com.marqasouq.kit.generated.model.BatchUpdateEntry;
import com.marqasouq.kit.generated.model.BatchUpdateRequest;
import com.marqasouq.kit.generated.model.OdooInventorySyncItem;
import com.marqasouq.kit.generated.model.OdooInventorySyncRequest;
import com.marqasouq.kit.generated.model.ReduceStockItem;
import com.marqasouq.kit.generated.model.ReduceStockItemsRequest;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The element-by-element check finds a violation exactly when the full cascaded validation does. */
class ElementwiseBodyValidationTest {
    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator FULL = FACTORY.getValidator();
    private static final Validator SHALLOW = FACTORY.usingContext()
            .traversableResolver(new ElementwiseBodyValidation.NoCascade())
            .getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void onlyAMethodWhoseOneArgumentIsTheBodyIsCheckedElementwise() {
        Map<String, Boolean> bodyOnly = new HashMap<>();
        Resource api = Resource.from(InventoryApi.class);
        List<ResourceMethod> methods = new ArrayList<>(api.getAllMethods());
        api.getChildResources().forEach(child -> methods.addAll(child.getAllMethods()));
        for (ResourceMethod method : methods) {
            bodyOnly.put(
                    method.getInvocable().getDefinitionMethod().getName(),
                    ElementwiseBodyValidation.isBodyOnly(method.getInvocable().getParameters()));
        }
        assertEquals(true, bodyOnly.get("batchUpdateInventory"), bodyOnly::toString);
        assertEquals(true, bodyOnly.get("reduceStock"), bodyOnly::toString);
        assertEquals(false, bodyOnly.get("listInventoryItems"), "query parameters");
        assertEquals(false, bodyOnly.get("updateLocationLevel"), "path parameters and a body");
    }

    @Test
    void aValidBulkBodyPasses() {
        BatchUpdateRequest body = new BatchUpdateRequest().updates(batch(3, i -> entry("SKU-" + i, 5)));
        assertTrue(ElementwiseBodyValidation.isValid(SHALLOW, FULL, body));
    }

    @Test
    void aViolationInTheLastElementIsFound() {
        List<BatchUpdateEntry> updates = batch(500, i -> entry("SKU-" + i, 5));
        updates.get(499).setSku("");
        assertFalse(ElementwiseBodyValidation.isValid(SHALLOW, FULL, new BatchUpdateRequest().updates(updates)));
    }

    @Test
    void theBodysOwnConstraintsAreChecked() {
        assertFalse(ElementwiseBodyValidation.isValid(SHALLOW, FULL, new OdooInventorySyncRequest()), "empty items");
        ReduceStockItemsRequest reduce = new ReduceStockItemsRequest()
                .orderId("not-an-order-id")
                .reason("order_placed")
                .items(List.of(new ReduceStockItem().sku("A").quantity(1)));
        assertFalse(ElementwiseBodyValidation.isValid(SHALLOW, FULL, reduce), "order_id pattern");
    }

    @Test
    void aNullElementIsLeftToTheFullCheck() {
        List<OdooInventorySyncItem> items = new ArrayList<>();
        items.add(null);
        assertFalse(ElementwiseBodyValidation.isValid(SHALLOW, FULL, new OdooInventorySyncRequest().items(items)));
    }

    @Test
    void agreesWithTheFullCheckOnRandomBodies() {
        Random random = new Random(20261207);
        int invalid = 0;
        for (int round = 0; round < 300; round++) {
            Object body = switch (round % 3) {
                case 0 ->
                    new BatchUpdateRequest()
                            .updates(batch(1 + random.nextInt(40), i -> entry(sku(random), quantity(random))));
                case 1 ->
                    new OdooInventorySyncRequest()
                            .items(batch(
                                    1 + random.nextInt(40),
                                    i -> new OdooInventorySyncItem()
                                            .sku(sku(random))
                                            .quantity(quantity(random))));
                default ->
                    new ReduceStockItemsRequest()
                            .orderId(random.nextInt(20) == 0 ? "ord-1" : "order_01")
                            .reason("order_placed")
                            .items(batch(
                                    1 + random.nextInt(40),
                                    i -> new ReduceStockItem().sku(sku(random)).quantity(quantity(random))));
            };
            boolean expected = FULL.validate(body).isEmpty();
            invalid += expected ? 0 : 1;
            assertEquals(expected, ElementwiseBodyValidation.isValid(SHALLOW, FULL, body), body::toString);
        }
        assertTrue(invalid > 50 && invalid < 250, "both valid and invalid bodies were tried: " + invalid + " invalid");
    }

    private static <T> List<T> batch(int size, Function<Integer, T> element) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            out.add(element.apply(i));
        }
        return out;
    }

    private static BatchUpdateEntry entry(String sku, Integer quantity) {
        return new BatchUpdateEntry().sku(sku).stockedQuantity(quantity);
    }

    /** Mostly a valid SKU; now and then a missing, empty or over-long one. */
    private static String sku(Random random) {
        return switch (random.nextInt(150)) {
            case 0 -> null;
            case 1 -> "";
            case 2 -> "S".repeat(256);
            default -> "SKU-" + random.nextInt(1000);
        };
    }

    /** Mostly a positive quantity; now and then a missing or zero one (zero is below reduce-stock's minimum). */
    private static Integer quantity(Random random) {
        return switch (random.nextInt(150)) {
            case 0 -> null;
            case 1 -> 0;
            default -> 1 + random.nextInt(9);
        };
    }
}
