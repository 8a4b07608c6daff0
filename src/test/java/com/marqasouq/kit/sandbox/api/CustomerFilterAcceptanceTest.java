package com.marqasouq.kit.sandbox.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.marqasouq.kit.sandbox.RunningSandbox;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The filters of GET /admin/customers: e-mail, q, created_at[gte] and metadata[odoo_synced]. */
@ExtendWith(RunningSandbox.class)
class CustomerFilterAcceptanceTest {

    @Test
    void theEmailFilterIsExactAndCaseInsensitive() {
        RunningSandbox.api()
                .queryParam("email", "AHMED@Example.com")
                .get("/admin/customers")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("customers[0].id", equalTo("cus_01XYZ789"));
        RunningSandbox.api()
                .queryParam("email", "ahmed@example.co")
                .get("/admin/customers")
                .then()
                .statusCode(200)
                .body("count", equalTo(0))
                .body("customers", hasSize(0));
    }

    @Test
    void customersCreatedSinceTheLastSyncAreFoundByTheSandboxClock() {
        Customers.freezeClockAt(Customers.NOW);
        String first = Customers.create("first.sync@example.com", "First", "Sync");
        RunningSandbox.sandbox().clock().advance(Duration.ofMinutes(5));
        String second = Customers.create("second.sync@example.com", "Second", "Sync");

        RunningSandbox.api()
                .queryParam("created_at[gte]", "2026-02-01T09:05:00.000Z")
                .get("/admin/customers")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("customers[0].id", equalTo(second));
        RunningSandbox.api()
                .queryParam("created_at[gte]", "2026-02-01T09:00:00Z")
                .get("/admin/customers")
                .then()
                .statusCode(200)
                .body("customers.id", contains(first, second));
    }

    @Test
    void anOdooStyleDateWithoutOffsetIsReadAsUtc() {
        List<String> ids = ids(RunningSandbox.badRequest()
                .queryParam("created_at[gte]", "2026-01-15 10:00:00")
                .queryParam("limit", 1000));

        assertThat(ids, hasItem("cus_01XYZ789"));
        assertThat(ids, not(hasItem("cus_01XYZ")));
    }

    @Test
    void syncedFalseMatchesCustomersWhoseFlagIsAbsentNullOrFalseAndTrueOnlyTrue() {
        Customers.freezeClockAt(Customers.NOW);
        String absent = Customers.create("flag.absent@example.com", "Flag", "Absent");
        String isNull = Customers.create("flag.null@example.com", "Flag", "Null");
        String isFalse = Customers.create("flag.false@example.com", "Flag", "False");
        String isTrue = Customers.create("flag.true@example.com", "Flag", "True");
        // An update with null removes the key (D7), so a stored null is set in the store.
        RunningSandbox.sandbox()
                .store()
                .write(tx -> tx.state().customer(isNull).metadata.put("odoo_synced", null));
        Customers.markSynced(isFalse, false);
        Customers.markSynced(isTrue, true);

        assertThat(createdSince(Customers.NOW, false), containsInAnyOrder(absent, isNull, isFalse));
        assertThat(createdSince(Customers.NOW, true), contains(isTrue));
    }

    /** The ids of the customers created since the instant whose sync flag matches. */
    private static List<String> createdSince(Instant since, boolean synced) {
        return ids(RunningSandbox.api()
                .queryParam("created_at[gte]", since.toString())
                .queryParam("metadata[odoo_synced]", synced)
                .queryParam("limit", 1000));
    }

    /** The ids of the customers that GET /admin/customers lists for the query. */
    private static List<String> ids(RequestSpecification query) {
        return query.get("/admin/customers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("customers.id");
    }
}
