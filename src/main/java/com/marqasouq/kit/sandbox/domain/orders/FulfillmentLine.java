package com.marqasouq.kit.sandbox.domain.orders;

/** One line of a fulfillment request: how many units of which line item ship (D9). */
public record FulfillmentLine(String itemId, int quantity) {}
