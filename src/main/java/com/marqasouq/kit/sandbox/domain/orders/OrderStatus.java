package com.marqasouq.kit.sandbox.domain.orders;

import com.marqasouq.kit.sandbox.domain.ClosedVocabulary;

/** The order's status (D6; section 2.1 lists these filter values, the only closed list of answers, D25). The sandbox uses exactly these values. */
public enum OrderStatus implements ClosedVocabulary {
    PENDING,
    COMPLETED,
    CANCELED,
    ARCHIVED,
    REQUIRES_ACTION;

    @Override
    public String value() {
        return ClosedVocabulary.spelling(this);
    }

    @Override
    public String toString() {
        return value();
    }
}
