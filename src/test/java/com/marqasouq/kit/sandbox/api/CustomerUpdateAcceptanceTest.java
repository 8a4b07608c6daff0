package com.marqasouq.kit.sandbox.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningSandbox.class)
class CustomerUpdateAcceptanceTest {

    private static final String SECTION_4_3 = """
            {
              "metadata": {
                "odoo_customer_id": "RES.PARTNER/12345",
                "odoo_synced": true,
                "odoo_sync_date": "2026-01-30T11:00:00.000Z"
              }
            }""";

    @Test
    void theDocumentsUpdateMergesMetadataAndKeepsTheOtherKeys() {
        Customers.freezeClockAt(Customers.NOW);

        RunningSandbox.api()
                .body(SECTION_4_3)
                .post("/admin/customers/cus_01XYZ789")
                .then()
                .statusCode(200)
                .body("customer.id", equalTo("cus_01XYZ789"))
                .body("customer.email", equalTo("ahmed@example.com"))
                .body("customer.metadata.preferred_language", equalTo("ar"))
                .body("customer.metadata.odoo_customer_id", equalTo("RES.PARTNER/12345"))
                .body("customer.metadata.odoo_synced", equalTo(true))
                .body("customer.metadata.odoo_sync_date", equalTo("2026-01-30T11:00:00.000Z"))
                .body("customer.created_at", equalTo("2026-01-15T10:00:00.000Z"))
                .body("customer.updated_at", equalTo("2026-02-01T09:00:00.000Z"));

        RunningSandbox.api()
                .get("/admin/customers/cus_01XYZ789")
                .then()
                .statusCode(200)
                .body("customer.metadata.preferred_language", equalTo("ar"))
                .body("customer.metadata.odoo_customer_id", equalTo("RES.PARTNER/12345"))
                .body("customer.metadata.odoo_synced", equalTo(true))
                .body("customer.updated_at", equalTo("2026-02-01T09:00:00.000Z"));
    }

    @Test
    void aMetadataKeySetToNullIsRemoved() {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put("preferred_language", null);
        metadata.put("odoo_synced", true);

        RunningSandbox.api()
                .body(Map.of("metadata", metadata))
                .post("/admin/customers/cus_01XYZ789")
                .then()
                .statusCode(200)
                .body("customer.metadata", not(hasKey("preferred_language")))
                .body("customer.metadata.odoo_synced", equalTo(true));

        RunningSandbox.api()
                .get("/admin/customers/cus_01XYZ789")
                .then()
                .statusCode(200)
                .body("customer.metadata", not(hasKey("preferred_language")))
                .body("customer.metadata", hasKey("odoo_customer_id"))
                .body("customer.metadata.odoo_synced", equalTo(true));
    }

    @Test
    void profileFieldsAreChangedAndTheOthersKept() {
        RunningSandbox.api()
                .body(Map.of("first_name", "Ahmad", "phone", "+965-99887766"))
                .post("/admin/customers/cus_01XYZ")
                .then()
                .statusCode(200)
                .body("customer.first_name", equalTo("Ahmad"))
                .body("customer.last_name", equalTo("Al-Rashid"))
                .body("customer.phone", equalTo("+965-99887766"));

        RunningSandbox.api()
                .queryParam("email", "customer@example.com")
                .get("/admin/customers")
                .then()
                .statusCode(200)
                .body("customers[0].first_name", equalTo("Ahmad"))
                .body("customers[0].last_name", equalTo("Al-Rashid"))
                .body("customers[0].phone", equalTo("+965-99887766"));
    }

    @Test
    void aNewEmailIsFoundByItAndTheOldOneNoLonger() {
        RunningSandbox.api()
                .body(Map.of("email", "ahmed.rashid@example.com"))
                .post("/admin/customers/cus_01XYZ789")
                .then()
                .statusCode(200)
                .body("customer.email", equalTo("ahmed.rashid@example.com"));

        assertEquals(0, Customers.countWithEmail("ahmed@example.com"));
        RunningSandbox.api()
                .queryParam("email", "Ahmed.Rashid@example.com")
                .get("/admin/customers")
                .then()
                .statusCode(200)
                .body("customers[0].id", equalTo("cus_01XYZ789"));
        // The old address is free again.
        Customers.create("ahmed@example.com", "Another", "Ahmed");
    }

    @Test
    void aCustomerMayChangeTheCaseOfTheirOwnEmail() {
        RunningSandbox.api()
                .body(Map.of("email", "Ahmed@Example.com"))
                .post("/admin/customers/cus_01XYZ789")
                .then()
                .statusCode(200)
                .body("customer.email", equalTo("Ahmed@Example.com"));

        assertEquals(1, Customers.countWithEmail("ahmed@example.com"));
    }

    @Test
    void anEmailThatAnotherCustomerHasIsADuplicateAndChangesNothing() {
        RunningSandbox.api()
                .body(Map.of("email", "CUSTOMER@example.com", "first_name", "Changed"))
                .post("/admin/customers/cus_01XYZ789")
                .then()
                .statusCode(409)
                .body("type", equalTo("conflict"))
                .body("code", equalTo("DUPLICATE_EMAIL"))
                .body("message", containsString("email"));

        RunningSandbox.api()
                .get("/admin/customers/cus_01XYZ789")
                .then()
                .statusCode(200)
                .body("customer.email", equalTo("ahmed@example.com"))
                .body("customer.first_name", equalTo("Ahmed"))
                .body("customer.updated_at", equalTo("2026-01-30T10:30:00.000Z"));
    }

    @Test
    void anUnknownBodyFieldIsInvalidDataNamingTheFieldAndChangesNothing() {
        RunningSandbox.badRequest()
                .body(Map.of("nickname", "Abu Ali", "first_name", "Changed"))
                .post("/admin/customers/cus_01XYZ789")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString("nickname"));

        RunningSandbox.api()
                .get("/admin/customers/cus_01XYZ789")
                .then()
                .statusCode(200)
                .body("customer.first_name", equalTo("Ahmed"));
    }

    @Test
    void metadataThatIsNotAnObjectIsInvalidDataNamingTheField() {
        RunningSandbox.badRequest()
                .body(Map.of("metadata", "synced"))
                .post("/admin/customers/cus_01XYZ789")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString("metadata"));
    }
}
