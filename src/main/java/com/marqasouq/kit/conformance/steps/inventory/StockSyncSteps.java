package com.marqasouq.kit.conformance.steps.inventory;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.steps.common.ResponseSteps;
import com.marqasouq.kit.conformance.world.World;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.Map;

/**
 * Odoo sending the absolute stock it holds: a stock batch (sections 3.4 and 8.7, D12) and its
 * own sync (section 8.6, D13). Each entry stands alone and has a result of its own.
 */
public final class StockSyncSteps {
    private final World world;
    private final InventorySkus skus;

    public StockSyncSteps(World world, InventorySkus skus) {
        this.world = world;
        this.skus = skus;
    }

    @When("Odoo sends the stock batch:")
    public void sendsTheStockBatch(DataTable rows) {
        StockRequests.batch(world, skus, rows.asMaps());
    }

    @When("Odoo sends a stock batch with an empty list of updates")
    public void sendsAStockBatchWithAnEmptyList() {
        StockRequests.refused(world, "POST", "/admin/inventory/batch-update", "{\"updates\":[]}");
    }

    @When("Odoo sends a stock batch with no updates at all")
    public void sendsAStockBatchWithNoUpdates() {
        StockRequests.refused(world, "POST", "/admin/inventory/batch-update", "{}");
    }

    @Then("the batch succeeded, with {int} updated and {int} failed")
    public void theBatchSucceeded(int updated, int failed) {
        theBatchCounts(true, updated, failed);
    }

    @Then("the batch did not succeed, with {int} updated and {int} failed")
    public void theBatchDidNotSucceed(int updated, int failed) {
        theBatchCounts(false, updated, failed);
    }

    private void theBatchCounts(boolean success, int updated, int failed) {
        ApiResult last = world.last();
        assertThat(
                "success (failed == 0) in " + ResponseSteps.abbreviate(last.body()),
                last.get("success"),
                equalTo(success));
        assertThat("updated", last.get("updated"), equalTo(updated));
        assertThat("failed", last.get("failed"), equalTo(failed));
    }

    @Then("the batch results are:")
    public void theBatchResultsAre(DataTable expected) {
        ResultTable.check("batch results", world.last().list("results"), expected.asMaps(), skus);
    }

    @Then("the batch reports {string} as a duplicate")
    public void theBatchReportsAsADuplicate(String name) {
        String sku = skus.sku(name);
        List<Object> statuses = world.last().list("results").stream()
                .filter(r -> sku.equals(r.get("sku")))
                .map(r -> r.get("status"))
                .toList();
        assertThat("statuses of the results for " + sku, statuses, hasItem("duplicate"));
    }

    @Then("the batch did not succeed, counting as failed every result that is not \"updated\"")
    public void theBatchCountsEveryOtherResultAsFailed() {
        List<Map<String, Object>> results = world.last().list("results");
        long updated =
                results.stream().filter(r -> "updated".equals(r.get("status"))).count();
        theBatchCounts(false, (int) updated, results.size() - (int) updated);
    }

    @When("Odoo syncs its inventory:")
    public void syncsItsInventory(DataTable rows) {
        StockRequests.sync(world, skus, rows.asMaps());
    }

    @When("Odoo syncs an empty list of items")
    public void syncsAnEmptyListOfItems() {
        StockRequests.refused(world, "POST", "/odoo/inventory", "{\"items\":[]}");
    }

    @Then("the sync succeeded, with {int} items, {int} synced and {int} failed")
    public void theSyncSucceeded(int total, int synced, int failed) {
        StockAnswers.syncSummary(world.last(), true, total, synced, failed);
    }

    @Then("the sync did not succeed, with {int} items, {int} synced and {int} failed")
    public void theSyncDidNotSucceed(int total, int synced, int failed) {
        StockAnswers.syncSummary(world.last(), false, total, synced, failed);
    }

    @Then("the sync results are:")
    public void theSyncResultsAre(DataTable expected) {
        ResultTable.check("sync results", world.last().list("results"), expected.asMaps(), skus);
    }

    @Then("the inventory item of {string} is titled {string}")
    public void theInventoryItemIsTitled(String name, String title) {
        assertThat(
                "title of " + skus.sku(name),
                InventoryReads.item(world, skus.sku(name)).get("title"),
                equalTo(title));
    }
}
