package com.marqasouq.kit.sandbox.domain.products;

import com.marqasouq.kit.sandbox.domain.ClosedVocabulary;

/** The product's status (D17). The sandbox uses exactly these values. */
public enum ProductStatus implements ClosedVocabulary {
    DRAFT,
    PROPOSED,
    PUBLISHED,
    REJECTED;

    @Override
    public String value() {
        return ClosedVocabulary.spelling(this);
    }

    @Override
    public String toString() {
        return value();
    }
}
