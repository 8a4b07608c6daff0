package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.generated.model.Address;

/** A domain address as the spec's {@code Address}, shared by order answers and webhook payloads. */
public final class SpecAddress {
    private SpecAddress() {}

    /** The six fields the schema requires are empty where the domain has none; null stays null. */
    public static Address of(com.marqasouq.kit.sandbox.domain.Address a) {
        if (a == null) {
            return null;
        }
        return new Address(
                        orEmpty(a.firstName),
                        orEmpty(a.lastName),
                        orEmpty(a.address1),
                        orEmpty(a.city),
                        orEmpty(a.countryCode),
                        orEmpty(a.phone))
                .address2(a.address2)
                .province(a.province)
                .postalCode(a.postalCode);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
