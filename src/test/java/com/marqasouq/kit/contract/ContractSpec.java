package com.marqasouq.kit.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The contract files, read from the module root (Surefire's working directory). */
final class ContractSpec {

    static final Path MAIN = Path.of("openapi", "marqasouq-odoo.yaml");
    static final Path SANDBOX_CONTROL = Path.of("openapi", "sandbox-control.yaml");

    private static OpenAPI main;

    private ContractSpec() {}

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The main spec as written: references stay references, so a test can tell a named component from an inline schema. */
    static synchronized OpenAPI main() {
        if (main == null) {
            main = parse(MAIN, new ParseOptions()).getOpenAPI();
        }
        return main;
    }

    static SwaggerParseResult parse(Path file, ParseOptions options) {
        return new OpenAPIV3Parser().readContents(read(file), null, options);
    }
}
