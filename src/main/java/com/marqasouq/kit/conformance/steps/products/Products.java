package com.marqasouq.kit.conformance.steps.products;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.marqasouq.kit.conformance.http.ApiResult;
import com.marqasouq.kit.conformance.steps.common.Slug;
import com.marqasouq.kit.conformance.world.TestData;
import com.marqasouq.kit.conformance.world.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Makes the products a scenario needs (section 5.3) and finds them again in answers. */
final class Products {
    private final World world;
    private final TestData data;
    private final KnownProducts knownProducts;

    Products(World world, TestData data, KnownProducts known) {
        this.world = world;
        this.data = data;
        this.knownProducts = known;
    }

    /** A published product with one variant, made by the shared test data; its SKU is the marker. */
    KnownProduct plain(String label, int stock, long priceFils) {
        return plain(label, label, stock, priceFils);
    }

    /** The same, with a SKU that starts with {@code skuPrefix} (letters, digits and hyphens). */
    KnownProduct plain(String label, String skuPrefix, int stock, long priceFils) {
        String sku = data.product(skuPrefix, stock, priceFils);
        return knownProducts.remember(KnownProduct.from(label, sku, world.last()));
    }

    /**
     * The section 5.3 body, marked with the run id: title "Conformance BLENDER BLENDER-CT...-7",
     * handle "blender-ct...-7", SKU "BLENDER-CT...-7". Remembered as what the scenario meant to create.
     */
    Map<String, Object> body(String label, int stock, int priceFils) {
        String marker = world.unique(Slug.of(label));
        String sku = marker.toUpperCase(Locale.ROOT);
        Map<String, Object> variant = new LinkedHashMap<>();
        variant.put("title", "Default");
        variant.put("sku", sku);
        variant.put("prices", List.of(Map.of("currency_code", "KWD", "amount", priceFils)));
        variant.put("manage_inventory", true);
        variant.put("inventory_quantity", stock);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Conformance " + label + " " + sku);
        body.put("handle", marker);
        body.put("status", "published");
        body.put("options", List.of(Map.of("title", "Default")));
        body.put("variants", List.of(variant));
        body.put("metadata", Map.of("odoo_product_id", "99999", "odoo_product_tmpl_id", "99999"));
        knownProducts.remember(new KnownProduct(label, null, null, sku, (String) body.get("title"), marker, marker));
        knownProducts.sent(label, body);
        return body;
    }

    /** Sends the body; on 200 remembers the product the target made. */
    ApiResult create(String label, Map<String, Object> body, boolean deliberatelyInvalid) {
        var call = world.call("POST", "/admin/products").body(TestData.write(body));
        if (deliberatelyInvalid) {
            call.deliberatelyInvalid();
        }
        ApiResult created = call.send();
        if (created.status() == 200) {
            knownProducts.remember(KnownProduct.from(label, known(label).marker(), created));
        }
        return created;
    }

    /** The ids of the products on a page of GET /admin/products. */
    static List<String> ids(ApiResult page) {
        return page.list("products").stream().map(p -> (String) p.get("id")).toList();
    }

    KnownProduct known(String label) {
        return knownProducts.known(label);
    }

    Map<String, Object> sent(String label) {
        return knownProducts.sent(label);
    }

    /** The product in the last answer: {product} of a create or update, or its entry in {products}. */
    Map<String, Object> inLastAnswer(KnownProduct product) {
        ApiResult last = world.last();
        Map<String, Object> single = last.get("product");
        if (single != null) {
            assertThat("product.id", single.get("id"), equalTo(product.id()));
            return single;
        }
        List<Map<String, Object>> listed = last.list("products");
        assertThat(
                "product " + product.label() + " (" + product.id() + ") in the list",
                listed.stream().map(p -> p.get("id")).toList(),
                hasItem(product.id()));
        return listed.stream()
                .filter(p -> product.id().equals(p.get("id")))
                .findFirst()
                .orElseThrow();
    }

    /** The product's variant in the last answer. */
    @SuppressWarnings("unchecked")
    Map<String, Object> variantInLastAnswer(KnownProduct product) {
        List<Map<String, Object>> variants =
                (List<Map<String, Object>>) inLastAnswer(product).get("variants");
        assertThat(
                "variant " + product.variantId() + " of " + product.label(),
                variants.stream().map(v -> v.get("id")).toList(),
                hasItem(product.variantId()));
        return variants.stream()
                .filter(v -> product.variantId().equals(v.get("id")))
                .findFirst()
                .orElseThrow();
    }
}
