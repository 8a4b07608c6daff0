package com.marqasouq.kit.sandbox.domain.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.sandbox.domain.DomainEvent;
import com.marqasouq.kit.sandbox.domain.DomainException;
import com.marqasouq.kit.sandbox.domain.SandboxClock;
import com.marqasouq.kit.sandbox.domain.state.Store;
import com.marqasouq.kit.sandbox.store.InitialData;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The customer events of D20, seen by the store's publisher. */
class CustomerServiceTest {
    private final List<DomainEvent> events = new ArrayList<>();
    private final Store store = new Store(
            InitialData.defaults(),
            new SandboxClock(Clock.fixed(Instant.parse("2026-02-01T09:00:00Z"), ZoneOffset.UTC)),
            events::addAll);
    private final CustomerService customers = new CustomerService(store);

    @Test
    void creatingACustomerEmitsCustomerCreatedOnceWithTheDocumentsShape() {
        String id = customers.create(
                new CustomerFields("new@example.com", "Mohammed", "Al-Sabah", "+965-55667788", Map.of()),
                (c, orders) -> c.id);

        assertEquals(1, events.size());
        assertEquals(
                new CustomerEvent("customer.created", id, "new@example.com", "Mohammed", "Al-Sabah", "+965-55667788"),
                events.get(0));
    }

    @Test
    void updatingACustomerEmitsCustomerUpdatedOnce() {
        customers.update("cus_01XYZ789", CustomerFields.metadata(Map.of("odoo_synced", true)), (c, orders) -> c.id);

        assertEquals(1, events.size());
        CustomerEvent updated = (CustomerEvent) events.get(0);
        assertEquals("customer.updated", updated.name());
        assertEquals("cus_01XYZ789", updated.id());
        assertEquals("ahmed@example.com", updated.email());
    }

    @Test
    void aRefusedCreateEmitsNothingAndAddsNoCustomer() {
        int before = count();

        DomainException e = assertThrows(
                DomainException.class,
                () -> customers.create(CustomerFields.email("AHMED@example.com"), (c, orders) -> c.id));

        assertEquals("DUPLICATE_EMAIL", e.code());
        assertTrue(events.isEmpty());
        assertEquals(before, count());
    }

    @Test
    void aRefusedUpdateEmitsNothingAndChangesNothing() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("preferred_language", null);

        assertThrows(
                DomainException.class,
                () -> customers.update(
                        "cus_01XYZ789",
                        new CustomerFields("customer@example.com", "Changed", null, null, metadata),
                        (c, orders) -> c.id));

        assertTrue(events.isEmpty());
        store.read(state -> {
            assertEquals("Ahmed", state.customer("cus_01XYZ789").firstName);
            assertEquals("ar", state.customer("cus_01XYZ789").metadata.get("preferred_language"));
            return null;
        });
    }

    @Test
    void anUpdateOfAnUnknownCustomerEmitsNothing() {
        DomainException e = assertThrows(
                DomainException.class,
                () -> customers.update("cus_01NOBODY", CustomerFields.metadata(Map.of("a", 1)), (c, orders) -> c.id));

        assertEquals(DomainException.Kind.NOT_FOUND, e.kind());
        assertTrue(events.isEmpty());
    }

    @Test
    void aCreateWithoutEmailIsInvalidAndEmitsNothing() {
        DomainException e = assertThrows(
                DomainException.class,
                () -> customers.create(new CustomerFields(" ", "No", "Email", null, null), (c, orders) -> c.id));

        assertEquals(DomainException.Kind.INVALID_DATA, e.kind());
        assertTrue(events.isEmpty());
    }

    private int count() {
        return store.read(state -> state.customers().size());
    }
}
