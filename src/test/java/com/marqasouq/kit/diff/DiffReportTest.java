package com.marqasouq.kit.diff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.contract.diff.SpecChange;
import com.marqasouq.kit.contract.diff.SpecComparison;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffReportTest {

    @Test
    void breakingChangesComeFirstGroupedByOperationAndTheOthersInATable() {
        SpecComparison comparison = new SpecComparison(
                "1.0.0",
                "1.1.0",
                List.of(
                        new SpecChange(
                                "POST /admin/inventory/batch-update",
                                "batchUpdateInventory",
                                null,
                                "request body application/json",
                                "required properties changed",
                                true,
                                false),
                        new SpecChange("GET /odoo/health", "odooHealth", null, "", "operation added", false, false)),
                "openapi-diff details");

        String markdown = new DiffReport(comparison, ContractImpact.load(), "a.yaml", "b.yaml").markdown();

        int breaking = markdown.indexOf("## Breaking changes");
        int others = markdown.indexOf("## Other changes");
        assertTrue(breaking > 0 && breaking < others, markdown);
        assertTrue(markdown.contains("Quick Reference 2: sync stock from Odoo"), markdown);
        assertTrue(markdown.contains("(@op:batchUpdateInventory)"), markdown);
        assertTrue(markdown.contains("| `GET /odoo/health` |  | operation added |"), markdown);
        assertTrue(markdown.endsWith("openapi-diff details\n"), markdown);
    }
}
