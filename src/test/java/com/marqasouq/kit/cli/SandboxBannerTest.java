package com.marqasouq.kit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.sandbox.SandboxConfig;
import com.marqasouq.kit.sandbox.SandboxServer;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SandboxBannerTest {
    private static final Pattern URL = Pattern.compile("(POST )?(http://\\S+)");

    @Test
    void everyUrlTheBannerAdvertisesAnswers() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxConfig.builder()
                .port(0)
                .empty(true)
                .webhookSecret("whsec_dGVzdHNlY3JldA==")
                .build())) {
            String banner = SandboxBanner.text(server, server.sandbox().config(), false);
            List<String> urls = new ArrayList<>();
            Matcher found = URL.matcher(banner);
            while (found.find()) {
                String url = found.group(2);
                int status = found.group(1) != null
                        ? RestAssured.given()
                                .contentType("application/json")
                                .body(Map.of("email", "admin@marqasouq.com", "password", "admin_password"))
                                .post(url)
                                .statusCode()
                        : RestAssured.get(url).statusCode();
                assertEquals(200, status, url + " in\n" + banner);
                urls.add(url);
            }
            assertTrue(urls.size() >= 4, "the URL, the login, Swagger UI and the controls: " + urls);
        }
    }
}
