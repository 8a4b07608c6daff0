package com.marqasouq.kit.sandbox.domain.stock;

/** One SKU and the quantity to take off its stock (D14). */
public record ReduceLine(String sku, int quantity) {}
