package com.marqasouq.kit.sandbox.http;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.server.ServerLimits;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bodies built to break the parser: each is a 400 or 413 in the error format, and nothing changes. */
@ExtendWith(RunningSandbox.class)
class HostileBodiesAcceptanceTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "POST | /odoo/inventory | {\"items\": [null]} | items[0]",
                "POST | /admin/orders/order_01ABC123/fulfillments | {\"items\": [null]} | items[0]",
                "POST | /admin/inventory/batch-update | {\"updates\": [{\"sku\": \"SLEEVE\", \"stocked_quantity\": 1}, null]} | updates[1]",
                "POST | /admin/inventory/reduce-stock | {\"order_id\": \"order_01ABC123\", \"reason\": \"order_fulfilled\", \"items\": [null]} | items[0]",
                "POST | /_sandbox/orders | {\"customer_id\": \"cus_01XYZ\", \"items\": [null]} | items[0]"
            })
    void aNullArrayElementIsInvalidDataNamingTheElement(String method, String path, String body, String element) {
        JsonNode before = StateSnapshot.take();

        RunningSandbox.badRequest()
                .body(body)
                .request(method, path)
                .then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString(element + ": must not be null"));

        assertEquals(before, StateSnapshot.take());
    }

    @Test
    void anOverlongUtf8EncodingIsInvalidDataAndIsNotStored() {
        JsonNode before = StateSnapshot.take();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"odoo_status\": \"in".getBytes(StandardCharsets.UTF_8));
        body.write(0xC0); // an overlong encoding of "/"
        body.write(0xAF);
        body.writeBytes("voiced\"}".getBytes(StandardCharsets.UTF_8));

        RunningSandbox.badRequest()
                .contentType("application/json")
                .body(body.toByteArray())
                .patch("/odoo/orders/order_01ABC123")
                .then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("code", equalTo("INVALID_DATA"))
                .body("message", containsString("not valid UTF-8 (byte 19)"));

        assertEquals(before, StateSnapshot.take());
    }

    @Test
    void anEncodedSurrogateIsInvalidData() {
        byte[] body = "{\"first_name\": \"xxx\"}".getBytes(StandardCharsets.UTF_8);
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        System.arraycopy(surrogate, 0, body, 16, 3);

        RunningSandbox.badRequest()
                .contentType("application/json")
                .body(body)
                .post("/admin/customers/cus_01XYZ")
                .then()
                .statusCode(400)
                .body("message", containsString("not valid UTF-8"));
    }

    @Test
    void aBodyOverTheLimitIsPayloadTooLargeInTheErrorFormat() {
        JsonNode before = StateSnapshot.take();
        byte[] padding = new byte[(int) ServerLimits.DEFAULT_MAX_BODY_BYTES];
        Arrays.fill(padding, (byte) 'x');
        String body = "{\"email\": \"big@example.com\", \"first_name\": \""
                + new String(padding, StandardCharsets.US_ASCII) + "\"}";

        RunningSandbox.badRequest()
                .body(body)
                .post("/admin/customers")
                .then()
                .statusCode(413)
                .contentType(ContentType.JSON)
                .body("code", equalTo("PAYLOAD_TOO_LARGE"))
                .body("message", containsString(String.valueOf(ServerLimits.DEFAULT_MAX_BODY_BYTES)));

        assertEquals(before, StateSnapshot.take());
    }

    @Test
    void arabicAndEmojiTextIsStoredByteForByte() {
        String name = "مرقة سوق 🛍️ 👍🏽";
        String id = RunningSandbox.api()
                .body("{\"email\": \"utf8@example.com\", \"first_name\": \"" + name + "\", \"last_name\": \"العنزي\"}")
                .post("/admin/customers")
                .then()
                .statusCode(200)
                .extract()
                .path("customer.id");

        byte[] answer = RunningSandbox.api()
                .get("/admin/customers/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        byte[] expected = ("\"first_name\":\"" + name + "\"").getBytes(StandardCharsets.UTF_8);
        assertTrue(indexOf(answer, expected) >= 0, new String(answer, StandardCharsets.UTF_8));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
