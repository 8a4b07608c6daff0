package com.marqasouq.kit.sandbox.domain.orders;

import com.marqasouq.kit.sandbox.domain.ClosedVocabulary;

/** The status of an order or of one of its payments (D6). The sandbox uses exactly these values. */
public enum PaymentStatus implements ClosedVocabulary {
    NOT_PAID,
    AWAITING,
    CAPTURED,
    REFUNDED,
    CANCELED;

    @Override
    public String value() {
        return ClosedVocabulary.spelling(this);
    }

    @Override
    public String toString() {
        return value();
    }
}
