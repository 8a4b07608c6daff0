package com.marqasouq.kit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.sandbox.domain.orders.LineItem;
import com.marqasouq.kit.sandbox.domain.orders.Order;
import com.marqasouq.kit.sandbox.domain.orders.OrderStatus;
import com.marqasouq.kit.sandbox.http.RecentRequests;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both Python clients of the API document, run unchanged (but for the base URL and the second
 * client's placeholder password) with python3 against the default sandbox. The clients do not
 * check status codes themselves, so the test checks every answer and the state afterwards.
 */
@ExtendWith(RunningSandbox.class)
class PythonClientsAcceptanceTest {

    @Test
    void theFirstClientSyncsPendingOrdersStockAndNewCustomers(@TempDir Path dir) throws Exception {
        List<Order> pending = RunningSandbox.sandbox()
                .store()
                .read(s -> s.orders().stream()
                        .filter(o -> o.status == OrderStatus.PENDING)
                        .limit(100)
                        .toList());

        PythonClient.Result result =
                PythonClient.run("medusa_api_client.py", RunningSandbox.baseUrl(), null, null, dir);

        assertEquals(0, result.exit(), result.output());
        assertTrue(result.output().contains("Order #1001: 151000 KWD"), result.output());
        assertTrue(result.output().contains("New customer: "), result.output());
        assertEveryAnswerSucceeded();
        RunningSandbox.sandbox().store().read(s -> {
            for (Order order : pending) {
                Order now = s.order(order.id);
                assertEquals(true, now.metadata.get("odoo_synced"), order.id);
                assertEquals("SO/2026/001234", now.metadata.get("odoo_order_id"), order.id);
                for (LineItem item : order.items) {
                    assertTrue(s.reduction(order.id, item.sku, "order_fulfilled") != null, order.id + " " + item.sku);
                }
            }
            // update_inventory sets absolute quantities after the reductions (D12).
            assertEquals(2, s.inventoryItemBySku("LG-CPFL1625").stocked());
            assertEquals(605, s.inventoryItemBySku("SLEEVE").stocked());
            long synced = s.customers().stream()
                    .filter(c -> !c.createdAt.isBefore(Instant.parse("2026-01-30T00:00:00Z")))
                    .filter(c -> "RES.PARTNER/12345".equals(c.metadata.get("odoo_customer_id")))
                    .count();
            assertTrue(synced > 0, "new customers were marked synced");
            return null;
        });
    }

    @Test
    void theUpdatedClientRunsEveryStepOfItsExample(@TempDir Path dir) throws Exception {
        List<Order> firstPage = RunningSandbox.sandbox()
                .store()
                .read(s -> s.orders().stream()
                        .filter(o -> o.status == OrderStatus.PENDING || o.status == OrderStatus.COMPLETED)
                        .limit(50)
                        .toList());

        PythonClient.Result result = PythonClient.run(
                "odoo_medusa_api_client.py", RunningSandbox.baseUrl(), "your_password", "admin_password", dir);

        assertEquals(0, result.exit(), result.output());
        for (Order order : firstPage) {
            assertTrue(result.output().contains("Order #" + order.displayId + ": " + order.status), result.output());
        }
        assertTrue(
                result.output()
                        .contains(
                                "Stock reduction result: {'total_items': 2, 'successful': 2, 'failed': 0, 'insufficient_stock': 0}"),
                result.output());
        assertTrue(result.output().contains("Sync result: {'total': 2, 'synced': 2, 'failed': 0}"), result.output());
        assertTrue(
                result.output().matches("(?s).*=== New customers ===\\n(  \\S+ - Orders: \\d+\\n)+.*"),
                result.output());
        assertTrue(
                result.output().matches("(?s).*=== Low stock items ===\\n(  \\S+: \\d \\(reorder needed\\)\\n)+.*"),
                result.output());
        assertEveryAnswerSucceeded();
        RunningSandbox.sandbox().store().read(s -> {
            for (Order order : firstPage) {
                Order now = s.order(order.id);
                assertEquals("synced", now.metadata.get("odoo_status"), order.id);
                assertEquals(
                        String.format("SO/%d/%06d", java.time.Year.now().getValue(), order.displayId),
                        now.metadata.get("odoo_order_id"),
                        order.id);
                assertEquals(true, now.metadata.get("odoo_synced"), order.id);
                assertEquals(order.status, now.status, "the update keeps the status (D8)");
            }
            assertTrue(s.reduction("order_01ABC123", "SLEEVE", "order_shipped") != null);
            assertEquals(10, s.inventoryItemBySku("LG-CPFL1625").stocked());
            assertEquals(1000, s.inventoryItemBySku("SLEEVE").stocked());
            return null;
        });
    }

    private static void assertEveryAnswerSucceeded() {
        List<RecentRequests.Entry> failed = RunningSandbox.sandbox().requests().newest(500).stream()
                .filter(e -> e.status() >= 400)
                .toList();
        assertEquals(List.of(), failed, "every request of the client succeeded");
    }
}
