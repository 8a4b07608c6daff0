package com.marqasouq.kit.contract.collections;

import com.marqasouq.kit.contract.Contract;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables both collections start with: the base URL (the spec's local server, where the
 * sandbox runs) and the sandbox's admin credentials, to change for another shop.
 */
public record CollectionVariables(String baseUrl, String email, String password) {

    static final String INTRO = "Every operation of the contract with the API document's examples, generated from"
            + " the spec. Run the login first: it stores the token the others send. The requests change data"
            + " (they update, fulfill, complete and cancel orders): run them against the kit's sandbox or a"
            + " staging shop, never production. Set baseUrl, email and password for your shop.";

    /** The sandbox's default admin (its banner prints them). */
    public static CollectionVariables forSandbox(Contract contract) {
        String url = "http://localhost:9000";
        for (var server : contract.tree().path("servers")) {
            if (server.path("url").asText().startsWith("http://localhost")) {
                url = server.path("url").asText();
            }
        }
        return new CollectionVariables(url, "admin@marqasouq.com", "admin_password");
    }

    public CollectionVariables withBaseUrl(String url) {
        return new CollectionVariables(url, email, password);
    }

    Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("baseUrl", baseUrl);
        all.put("email", email);
        all.put("password", password);
        all.put(ExampleRequests.TOKEN, "");
        all.put(ExampleRequests.CANCEL_ORDER_ID, "");
        return all;
    }
}
