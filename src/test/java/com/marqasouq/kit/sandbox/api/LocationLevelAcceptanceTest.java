package com.marqasouq.kit.sandbox.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import com.marqasouq.kit.sandbox.RunningSandbox;
import com.marqasouq.kit.sandbox.domain.stock.StockLocation;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningSandbox.class)
class LocationLevelAcceptanceTest {
    private static final String LEVEL = "/admin/inventory-items/{item}/location-levels/{location}";
    private static final String PLOTTER = "iitem_odoo_71047_1769183500048";

    @Test
    void section33sBodySetsTheStockAndAnswersTheDocumentsLevel() {
        RunningSandbox.api()
                .body(Map.of("stocked_quantity", 100))
                .post(LEVEL, PLOTTER, "sloc_01ABC")
                .then()
                .statusCode(200)
                .body("inventory_level.id", equalTo("iloc_01ABC"))
                .body("inventory_level.inventory_item_id", equalTo(PLOTTER))
                .body("inventory_level.location_id", equalTo("sloc_01ABC"))
                .body("inventory_level.stocked_quantity", equalTo(100))
                .body("inventory_level.reserved_quantity", equalTo(0))
                .body("inventory_level.incoming_quantity", equalTo(0))
                .body("inventory_level.available_quantity", equalTo(100));
        assertThat(Stocked.at("LG-CPFL1625"), is(100));
    }

    @Test
    void aLevelIsCreatedAtAnExistingLocationWhereTheItemHasNone() {
        addLocation("sloc_01JAHRA", "Jahra Depot");
        RunningSandbox.api()
                .body(Map.of("stocked_quantity", 7))
                .post(LEVEL, PLOTTER, "sloc_01JAHRA")
                .then()
                .statusCode(200)
                .body("inventory_level.id", matchesPattern("^iloc_[0-9A-Z]{26}$"))
                .body("inventory_level.location_id", equalTo("sloc_01JAHRA"))
                .body("inventory_level.stocked_quantity", equalTo(7));
        RunningSandbox.api()
                .queryParam("sku", "LG-CPFL1625")
                .get("/admin/inventory-items")
                .then()
                .statusCode(200)
                .body(
                        "inventory_items[0].location_levels.location_id",
                        equalTo(java.util.List.of("sloc_01ABC", "sloc_01JAHRA")))
                .body("inventory_items[0].location_levels[1].available_quantity", equalTo(7));
        assertThat(Stocked.at("LG-CPFL1625"), is(2));
    }

    @Test
    void anUnknownLocationIsNotFoundAndCreatesNoLevel() {
        RunningSandbox.api()
                .body(Map.of("stocked_quantity", 5))
                .post(LEVEL, PLOTTER, "sloc_nowhere")
                .then()
                .statusCode(404)
                .body("type", equalTo("not_found"))
                .body("message", containsString("sloc_nowhere"));
        RunningSandbox.api()
                .queryParam("sku", "LG-CPFL1625")
                .get("/admin/inventory-items")
                .then()
                .body("inventory_items[0].location_levels.size()", equalTo(1));
    }

    @Test
    void aQuantityThatIsNotAnIntegerIsInvalidDataNamingTheField() {
        RunningSandbox.badRequest()
                .body("{\"stocked_quantity\": \"ten\"}")
                .post(LEVEL, PLOTTER, "sloc_01ABC")
                .then()
                .statusCode(400)
                .body("message", containsString("stocked_quantity"));
        RunningSandbox.badRequest()
                .body("{\"stocked_quantity\": 1.5}")
                .post(LEVEL, PLOTTER, "sloc_01ABC")
                .then()
                .statusCode(400)
                .body("message", containsString("stocked_quantity"));
        assertThat(Stocked.at("LG-CPFL1625"), is(2));
    }

    @Test
    void anUnknownBodyFieldIsInvalidDataNamingIt() {
        RunningSandbox.badRequest()
                .body(Map.of("stocked_quantity", 5, "quantity", 5))
                .post(LEVEL, PLOTTER, "sloc_01ABC")
                .then()
                .statusCode(400)
                .body("type", equalTo("invalid_data"))
                .body("message", containsString("quantity: unknown field"));
        assertThat(Stocked.at("LG-CPFL1625"), is(2));
    }

    @Test
    void aMissingQuantityIsInvalidDataNamingIt() {
        RunningSandbox.badRequest()
                .body(Map.of())
                .post(LEVEL, PLOTTER, "sloc_01ABC")
                .then()
                .statusCode(400)
                .body("message", equalTo("stocked_quantity: is required"));
    }

    private static void addLocation(String id, String name) {
        RunningSandbox.sandbox().store().write(tx -> {
            StockLocation location = new StockLocation();
            location.id = id;
            location.name = name;
            location.city = "Jahra";
            location.countryCode = "kw";
            tx.state().addStockLocation(location);
            return null;
        });
    }
}
