package com.marqasouq.kit.contract.docs;

import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.contract.docs.SwaggerUiPage.Link;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the published contract: {@code openapi.yaml} (the spec as written), {@code openapi.json}
 * (the same content as JSON) and {@code index.html} (Swagger UI, self-contained), plus the same
 * three for the sandbox control API ({@code sandbox-control.yaml|json|html}).
 */
public final class DocsWriter {

    private final Contract api;
    private final Contract sandboxControl;

    public DocsWriter(Contract api, Contract sandboxControl) {
        this.api = api;
        this.sandboxControl = sandboxControl;
    }

    /** The MarqaSouq contract and the sandbox control API, as shipped in the jar. */
    public static DocsWriter forKit() {
        return new DocsWriter(Contract.marqasouqOdoo(), Contract.sandboxControl());
    }

    /** Writes the files into {@code outputDir} (created if needed) and returns them, main page first. */
    public List<Path> writeTo(Path outputDir) throws IOException {
        Files.createDirectories(outputDir);
        SwaggerUiPage page = new SwaggerUiPage(SwaggerUiAssets.fromClasspath());
        List<Path> written = new ArrayList<>();
        written.addAll(write(
                outputDir, page, api, "openapi", "index.html", new Link("Sandbox controls", "sandbox-control.html")));
        written.addAll(write(
                outputDir,
                page,
                sandboxControl,
                "sandbox-control",
                "sandbox-control.html",
                new Link(api.title(), "index.html")));
        return written;
    }

    private static List<Path> write(
            Path dir, SwaggerUiPage page, Contract contract, String specName, String htmlName, Link other)
            throws IOException {
        List<Link> links = List.of(
                new Link(specName + ".yaml", specName + ".yaml"),
                new Link(specName + ".json", specName + ".json"),
                other);
        return List.of(
                Files.writeString(dir.resolve(htmlName), page.render(contract, links), StandardCharsets.UTF_8),
                Files.writeString(dir.resolve(specName + ".yaml"), contract.yaml(), StandardCharsets.UTF_8),
                Files.writeString(dir.resolve(specName + ".json"), contract.json(), StandardCharsets.UTF_8));
    }
}
