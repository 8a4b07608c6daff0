package com.marqasouq.kit.sandbox.http;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.marqasouq.kit.sandbox.RunningSandbox;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** D19: failures of routing and reading are the API's error body with the right status, never a stack trace. */
@ExtendWith(RunningSandbox.class)
class HttpErrorsAcceptanceTest {

    @Test
    void anUnknownRouteIsNotFoundInTheErrorFormat() {
        RunningSandbox.badRequest()
                .get("/admin/warehouses")
                .then()
                .statusCode(404)
                .contentType(ContentType.JSON)
                .body("type", equalTo("not_found"))
                .body("code", equalTo("NOT_FOUND"))
                .body("message", containsString("/admin/warehouses"));
    }

    @Test
    void aWrongMethodIsMethodNotAllowedNamingTheAllowedOnes() {
        RunningSandbox.badRequest()
                .delete("/admin/orders")
                .then()
                .statusCode(405)
                .contentType(ContentType.JSON)
                .body("code", equalTo("METHOD_NOT_ALLOWED"))
                .body("message", containsString("GET"))
                .header("Allow", containsString("GET"));
    }

    @Test
    void malformedJsonIsInvalidDataSayingWhere() {
        RunningSandbox.badRequest()
                .body("{\"email\": ")
                .post("/admin/customers")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString("not valid JSON"));
    }

    @Test
    void aBodyThatIsNotAnObjectIsInvalidData() {
        RunningSandbox.badRequest()
                .body("[1, 2]")
                .post("/admin/customers")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"));
    }

    @Test
    void aBodyInAnotherMediaTypeIsRefusedInTheErrorFormat() {
        RunningSandbox.badRequest()
                .contentType(ContentType.TEXT)
                .body("email=a@b.c")
                .post("/admin/customers")
                .then()
                .statusCode(415)
                .contentType(ContentType.JSON)
                .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void aRequestWithoutBodyWhereOneIsNeededIsInvalidData() {
        RunningSandbox.badRequest()
                .post("/admin/inventory/batch-update")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"));
    }

    @Test
    void aWrongTypeNamesTheFieldWithoutJavaDetails() {
        RunningSandbox.badRequest()
                .body("{\"stocked_quantity\": \"many\"}")
                .post("/admin/inventory-items/iitem_odoo_71047_1769183500048/location-levels/sloc_01ABC")
                .then()
                .statusCode(400)
                .body("message", containsString("stocked_quantity"))
                .body("message", not(containsString("java.")))
                .body("message", not(containsString("Exception")));
    }

    @Test
    void aHugeLimitIsInvalidDataNotAServerError() {
        RunningSandbox.badRequest()
                .queryParam("limit", "99999999999999999999")
                .get("/admin/orders")
                .then()
                .statusCode(400)
                .body("message", containsString("limit"));
    }
}
