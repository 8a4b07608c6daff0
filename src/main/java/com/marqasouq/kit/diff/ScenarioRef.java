package com.marqasouq.kit.diff;

import com.marqasouq.kit.conformance.report.PlannedScenario;

/** Where a scenario is written: {@code features/orders/odoo-orders.feature:12}. */
final class ScenarioRef {

    private ScenarioRef() {}

    static String location(PlannedScenario scenario) {
        String uri = scenario.uri().startsWith("classpath:")
                ? scenario.uri().substring("classpath:".length())
                : scenario.uri();
        return uri + ":" + scenario.line();
    }
}
