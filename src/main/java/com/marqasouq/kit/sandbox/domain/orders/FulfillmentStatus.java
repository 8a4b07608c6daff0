package com.marqasouq.kit.sandbox.domain.orders;

import com.marqasouq.kit.sandbox.domain.ClosedVocabulary;

/** The order's fulfillment status (D6, D9). The sandbox uses exactly these values. */
public enum FulfillmentStatus implements ClosedVocabulary {
    NOT_FULFILLED,
    PARTIALLY_FULFILLED,
    FULFILLED;

    @Override
    public String value() {
        return ClosedVocabulary.spelling(this);
    }

    @Override
    public String toString() {
        return value();
    }
}
