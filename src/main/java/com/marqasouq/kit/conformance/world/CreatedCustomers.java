package com.marqasouq.kit.conformance.world;

import java.util.HashMap;
import java.util.Map;

/** The e-mail of each customer one scenario created, by the id the target gave it. */
public final class CreatedCustomers {
    private final Map<String, String> emails = new HashMap<>();

    public void add(String customerId, String email) {
        emails.put(customerId, email);
    }

    /** The e-mail the customer was created with; fails when the scenario did not create it. */
    public String email(String customerId) {
        String email = emails.get(customerId);
        if (email == null) {
            throw new IllegalStateException("This scenario created no customer " + customerId);
        }
        return email;
    }
}
