package com.marqasouq.kit.sandbox.api;

import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marqasouq.kit.sandbox.RunningSandbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningSandbox.class)
class CustomerCreateAcceptanceTest {

    private static final String SECTION_4_4 = """
            {
              "email": "newcustomer@example.com",
              "first_name": "Mohammed",
              "last_name": "Al-Sabah",
              "phone": "+965-55667788",
              "metadata": {
                "odoo_customer_id": "RES.PARTNER/12346",
                "source": "odoo_import"
              }
            }""";

    @Test
    void theDocumentsCreateRequestMakesACustomerWithoutAccountAtTheSandboxClock() {
        Customers.freezeClockAt(Customers.NOW);
        int before = Customers.count();

        String id = RunningSandbox.api()
                .body(SECTION_4_4)
                .post("/admin/customers")
                .then()
                .statusCode(200)
                .body("customer.id", matchesPattern("^cus_[0-9A-HJKMNP-TV-Z]{26}$"))
                .body("customer.email", equalTo("newcustomer@example.com"))
                .body("customer.first_name", equalTo("Mohammed"))
                .body("customer.last_name", equalTo("Al-Sabah"))
                .body("customer.phone", equalTo("+965-55667788"))
                .body("customer.has_account", equalTo(false))
                .body("customer.orders", empty())
                .body("customer.shipping_addresses", empty())
                .body("customer.metadata.odoo_customer_id", equalTo("RES.PARTNER/12346"))
                .body("customer.metadata.source", equalTo("odoo_import"))
                .body("customer.created_at", equalTo("2026-02-01T09:00:00.000Z"))
                .body("customer.updated_at", equalTo("2026-02-01T09:00:00.000Z"))
                .extract()
                .path("customer.id");

        assertEquals(before + 1, Customers.count());
        RunningSandbox.api()
                .get("/admin/customers/" + id)
                .then()
                .statusCode(200)
                .body("customer.email", equalTo("newcustomer@example.com"))
                .body("customer.metadata.source", equalTo("odoo_import"));
        RunningSandbox.api()
                .queryParam("email", "newcustomer@example.com")
                .get("/admin/customers")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("customers[0].id", equalTo(id))
                .body("customers[0].has_account", equalTo(false));
    }

    @Test
    void aCustomerWithOnlyAnEmailHasNoNamesOrPhoneInTheResponse() {
        RunningSandbox.api()
                .body(Map.of("email", "only.email@example.com"))
                .post("/admin/customers")
                .then()
                .statusCode(200)
                .body("customer", not(hasKey("first_name")))
                .body("customer", not(hasKey("last_name")))
                .body("customer", not(hasKey("phone")))
                .body("customer.metadata", aMapWithSize(0));

        RunningSandbox.api()
                .queryParam("email", "only.email@example.com")
                .get("/admin/customers")
                .then()
                .statusCode(200)
                .body("customers[0]", not(hasKey("first_name")))
                .body("customers[0].email", equalTo("only.email@example.com"));
    }

    @Test
    void anEmailThatAnotherCustomerHasInAnyCaseIsADuplicateAndChangesNothing() {
        int before = Customers.count();

        RunningSandbox.api()
                .body(Map.of("email", "Customer@Example.COM", "first_name", "Someone"))
                .post("/admin/customers")
                .then()
                .statusCode(409)
                .body("type", equalTo("conflict"))
                .body("code", equalTo("DUPLICATE_EMAIL"))
                .body("message", containsString("email"));

        assertEquals(before, Customers.count());
        RunningSandbox.api()
                .queryParam("email", "customer@example.com")
                .get("/admin/customers")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("customers[0].id", equalTo("cus_01XYZ"))
                .body("customers[0].first_name", equalTo("Ahmed"));
    }

    @Test
    void aMalformedEmailIsInvalidDataNamingTheField() {
        RunningSandbox.badRequest()
                .body(Map.of("email", "not-an-email"))
                .post("/admin/customers")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString("email"));

        assertEquals(0, Customers.countWithEmail("not-an-email"));
    }

    @Test
    void aFieldOfTheWrongTypeIsInvalidDataNamingTheField() {
        RunningSandbox.badRequest()
                .body(Map.of("email", "typed@example.com", "phone", 96512345678L))
                .post("/admin/customers")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString("phone"));

        assertEquals(0, Customers.countWithEmail("typed@example.com"));
    }

    @Test
    void twentyConcurrentCreatesOfOneEmailInDifferentCasesMakeExactlyOneCustomer() throws Exception {
        int before = Customers.count();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String email = inCase("race@example.com", i);
                calls.add(() -> RunningSandbox.api()
                        .body(Map.of("email", email))
                        .post("/admin/customers")
                        .statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(19, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + 1, Customers.count());
        assertEquals(1, Customers.countWithEmail("race@example.com"));
    }

    /** The e-mail with its letters upper-cased where the bits of {@code variant} say so. */
    private static String inCase(String email, int variant) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < email.length(); i++) {
            char c = email.charAt(i);
            out.append((variant >> (i % 5) & 1) == 1 ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }
}
