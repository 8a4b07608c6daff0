package com.marqasouq.kit.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** The contract files as the {@link Contract} loader reads them, and as swagger-parser models them. */
final class ContractSpec {

    static final Contract MAIN = Contract.marqasouqOdoo();
    static final Contract SANDBOX_CONTROL = Contract.sandboxControl();

    private static OpenAPI main;

    private ContractSpec() {}

    static String read(Contract spec) {
        return spec.yaml();
    }

    /** The main spec as written: references stay references, so a test can tell a named component from an inline schema. */
    static synchronized OpenAPI main() {
        if (main == null) {
            main = parse(MAIN, new ParseOptions()).getOpenAPI();
        }
        return main;
    }

    static SwaggerParseResult parse(Contract spec, ParseOptions options) {
        return new OpenAPIV3Parser().readContents(spec.yaml(), null, options);
    }
}
