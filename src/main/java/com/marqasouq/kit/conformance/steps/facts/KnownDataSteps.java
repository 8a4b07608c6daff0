package com.marqasouq.kit.conformance.steps.facts;

import com.marqasouq.kit.conformance.OperatorFacts;
import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.steps.common.Answers;
import com.marqasouq.kit.conformance.world.World;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.Map;

/** Reads what the operator knows about the target (--facts) and compares (D1, sections 3.2, 4.1, 8.5). */
public final class KnownDataSteps {
    /** Pages of the product list read at most while looking for the SKU a search did not find. */
    private static final int MAX_PAGES = 20;

    private final World world;
    private Map<String, Object> variant;

    public KnownDataSteps(World world) {
        this.world = world;
    }

    private OperatorFacts facts() {
        return world.run().facts();
    }

    @When("Odoo looks for the known SKU in the product list")
    public void looksForTheKnownSku() {
        String sku = facts().sku().sku();
        variant = KnownVariants.find(
                world.call("GET", "/admin/products").query("q", sku).send(), sku);
        for (int page = 0; variant == null && page < MAX_PAGES; page++) {
            ApiResult answer = Answers.status(
                    world.call("GET", "/admin/products")
                            .query("limit", 100)
                            .query("offset", page * 100)
                            .send(),
                    200);
            variant = KnownVariants.find(answer, sku);
            if (answer.list("products").size() < 100) {
                break;
            }
        }
    }

    @Then("the known SKU's variant has its KWD price in fils, as the operator knows it")
    public void theKnownPriceIsInFils() {
        OperatorFacts.KnownSku known = facts().sku();
        ApiResult last = world.last();
        if (variant == null) {
            throw Answers.differs(
                    last, "the known SKU " + known.sku() + " in the product list", "no variant with that SKU");
        }
        Number amount = KnownVariants.kwdAmount(variant);
        if (amount == null) {
            throw Answers.differs(last, "a KWD price on the variant of " + known.sku(), "no KWD price");
        }
        Amounts.expectFils(last, "KWD price of " + known.sku(), amount.longValue(), known.priceFils());
    }

    @When("Odoo gets the inventory item of the known SKU by its SKU")
    public void getsTheKnownInventoryItem() {
        Answers.status(
                world.call("GET", "/admin/inventory-items")
                        .query("sku", facts().sku().sku())
                        .send(),
                200);
    }

    @Then("exactly the known SKU is listed, with the known stocked quantity if the operator gave one")
    public void exactlyTheKnownSkuIsListed() {
        ApiResult last = world.last();
        List<Map<String, Object>> items = last.list("inventory_items");
        String sku = facts().sku().sku();
        List<Object> skus = items.stream().map(i -> i.get("sku")).toList();
        if (!skus.equals(List.of(sku))) {
            throw Answers.differs(last, "exactly one item, SKU " + sku, "SKUs " + skus);
        }
        Integer stocked = facts().sku().stockedQuantity();
        if (stocked != null) {
            Object levels = items.get(0).get("location_levels");
            long total = levels instanceof List<?> list
                    ? list.stream()
                            .map(l -> ((Map<?, ?>) l).get("stocked_quantity"))
                            .mapToLong(q -> q instanceof Number n ? n.longValue() : 0)
                            .sum()
                    : -1;
            if (total != stocked) {
                throw Answers.differs(last, "stocked quantity " + stocked, "stocked quantity " + total);
            }
        }
    }

    @When("Odoo gets its inventory filtered by the known SKU")
    public void getsOdoosInventory() {
        Answers.status(
                world.call("GET", "/odoo/inventory")
                        .query("sku", facts().sku().sku())
                        .send(),
                200);
    }

    @Then("Odoo's inventory lists the known SKU, with the known stocked quantity if the operator gave one")
    public void odoosInventoryListsTheKnownSku() {
        ApiResult last = world.last();
        String sku = facts().sku().sku();
        Map<String, Object> row = last.list("inventory").stream()
                .filter(i -> sku.equals(i.get("sku")))
                .findFirst()
                .orElseThrow(() -> Answers.differs(last, "a row for SKU " + sku, "none"));
        Integer stocked = facts().sku().stockedQuantity();
        if (stocked != null && !(row.get("stocked_quantity") instanceof Number n && n.intValue() == stocked)) {
            throw Answers.differs(
                    last, "stocked_quantity " + stocked, "stocked_quantity " + row.get("stocked_quantity"));
        }
    }

    @When("Odoo reads the known order")
    public void readsTheKnownOrder() {
        Answers.status(
                world.call("GET", "/admin/orders/" + facts().order().id()).send(), 200);
    }

    @Then("the known order's total is the one the operator knows, in fils")
    public void theKnownTotalIsInFils() {
        ApiResult last = world.last();
        Object total = last.get("order.total");
        long expected = facts().order().totalFils();
        if (!(total instanceof Number n)) {
            throw Answers.missing(last, "order.total", "the order's total");
        }
        Amounts.expectFils(last, "total of " + facts().order().id(), n.longValue(), expected);
    }

    @When("Odoo lists the customers with the known customer's e-mail")
    public void listsTheKnownCustomer() {
        Answers.status(
                world.call("GET", "/admin/customers")
                        .query("email", facts().customer().email())
                        .send(),
                200);
    }

    @Then("the known customer is listed")
    public void theKnownCustomerIsListed() {
        ApiResult last = world.last();
        List<Object> ids = last.list("customers").stream().map(c -> c.get("id")).toList();
        if (!ids.contains(facts().customer().id())) {
            throw Answers.differs(last, "customer " + facts().customer().id() + " listed", "ids " + ids);
        }
    }
}
