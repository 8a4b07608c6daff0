package com.marqasouq.kit.conformance.defects;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Every deliberate defect the suite must catch. */
final class DefectCatalogue {
    static final Defect NONE = DefectBuilder.defect("none", "none", "").build();

    private DefectCatalogue() {}

    static List<Defect> all(Supplier<String> validToken) {
        List<Defect> all = new ArrayList<>();
        all.addAll(FilterAndPagingDefects.all());
        all.addAll(StockAndTransitionDefects.all());
        all.addAll(AuthErrorAndSchemaDefects.all(validToken));
        all.addAll(WebhookDefects.all());
        all.addAll(OrderRuleDefects.all());
        all.addAll(StockRuleDefects.all());
        all.addAll(ListDefects.all());
        all.addAll(CustomerAndProductDefects.all());
        all.addAll(UpdateDefects.all());
        return all;
    }
}
