package com.marqasouq.kit.conformance.steps.customers;

import java.util.HashMap;
import java.util.Map;

/**
 * What one scenario's customers can be searched by, and nothing else has: the run-marked text
 * in a customer's name or e-mail, the last name of a family, a phone number they share.
 */
public final class CustomerMarkers {
    private final Map<String, String> byLabel = new HashMap<>();
    private final Map<String, String> familyNames = new HashMap<>();
    private String sharedPhone;

    void marker(String label, String marker) {
        byLabel.put(label, marker);
    }

    String marker(String label) {
        return required(byLabel.get(label), "search marker of customer \"" + label + "\"");
    }

    void familyName(String family, String lastName) {
        familyNames.put(family, lastName);
    }

    String familyName(String family) {
        return required(familyNames.get(family), "last name of the family \"" + family + "\"");
    }

    void sharedPhone(String phone) {
        sharedPhone = phone;
    }

    String sharedPhone() {
        return required(sharedPhone, "phone number shared by customers");
    }

    private static String required(String value, String what) {
        if (value == null) {
            throw new IllegalStateException("No " + what + " in this scenario");
        }
        return value;
    }
}
