package com.marqasouq.kit.sandbox.domain.customers;

import java.util.Map;

/**
 * The fields a create or update request may send (sections 4.3, 4.4). A null field is one the
 * request did not send: on update it leaves the customer's value as it is.
 */
public record CustomerFields(
        String email, String firstName, String lastName, String phone, Map<String, Object> metadata) {

    public static CustomerFields email(String email) {
        return new CustomerFields(email, null, null, null, null);
    }

    public static CustomerFields metadata(Map<String, Object> metadata) {
        return new CustomerFields(null, null, null, null, metadata);
    }
}
