package com.marqasouq.kit.sandbox.domain.products;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** A product and its variants. */
public final class Product {
    public String id;
    public String title;
    public String handle;
    public ProductStatus status = ProductStatus.PUBLISHED;
    public List<String> options = new ArrayList<>();
    public List<Variant> variants = new ArrayList<>();
    public LinkedHashMap<String, Object> metadata = new LinkedHashMap<>();
    public Instant createdAt;
    public Instant updatedAt;

    public Variant variant(String variantId) {
        return variants.stream().filter(v -> v.id.equals(variantId)).findFirst().orElse(null);
    }
}
