package com.marqasouq.kit.contract.docs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.contract.JsonText;
import com.marqasouq.kit.contract.collections.CollectionVariables;
import com.marqasouq.kit.contract.collections.ExampleRequest;
import com.marqasouq.kit.contract.collections.ExampleRequests;
import com.marqasouq.kit.contract.collections.HttpFile;
import com.marqasouq.kit.contract.collections.PostmanCollection;
import com.marqasouq.kit.contract.decisions.Decisions;
import com.marqasouq.kit.contract.docs.SwaggerUiPage.Link;
import com.marqasouq.kit.contract.releases.Changelog;
import com.marqasouq.kit.contract.releases.Releases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the published contract into one folder that works from disk, offline:
 *
 * <ul>
 *   <li>{@code index.html}: Swagger UI showing the OpenAPI 3.1 rendition (operations, webhooks,
 *       decisions linked), everything inlined;
 *   <li>{@code openapi.yaml} (the 3.0.3 source as written) and {@code openapi.json};
 *       {@code openapi-3.1.yaml} and {@code openapi-3.1.json} (the rendition);
 *   <li>{@code decisions.html} (and its Markdown), {@code changelog.html} (and {@code changelog.md});
 *   <li>{@value #POSTMAN} and {@value #HTTP_FILE}: every operation ready to send;
 *   <li>{@code sandbox-control.html|yaml|json}: the sandbox's own control API.
 * </ul>
 */
public final class DocsWriter {

    public static final String POSTMAN = "marqasouq-odoo.postman_collection.json";
    public static final String HTTP_FILE = "marqasouq-odoo.http";

    private final Contract api;
    private final Contract sandboxControl;
    private final Decisions decisions;
    private final Releases releases;

    public DocsWriter(Contract api, Contract sandboxControl, Decisions decisions, Releases releases) {
        this.api = api;
        this.sandboxControl = sandboxControl;
        this.decisions = decisions;
        this.releases = releases;
    }

    /** The MarqaSouq contract, the sandbox control API, the decisions and the releases, as shipped in the jar. */
    public static DocsWriter forKit() {
        return new DocsWriter(
                Contract.marqasouqOdoo(),
                Contract.sandboxControl(),
                Decisions.fromClasspath(),
                Releases.fromClasspath());
    }

    /** Writes the files into {@code outputDir} (created if needed) and returns them, main page first. */
    public List<Path> writeTo(Path outputDir) throws IOException {
        Files.createDirectories(outputDir);
        SwaggerUiPage page = new SwaggerUiPage(SwaggerUiAssets.fromClasspath());
        ObjectNode rendition = PublishedSpec.openApi31(api, decisions);
        List<Link> nav = List.of(
                new Link("OpenAPI 3.1", "openapi-3.1.yaml"),
                new Link("3.0.3 source", "openapi.yaml"),
                new Link("Decisions", PublishedSpec.DECISIONS_PAGE),
                new Link("Changelog", "changelog.html"),
                new Link("Postman", POSTMAN),
                new Link(".http", HTTP_FILE),
                new Link("Sandbox controls", "sandbox-control.html"));
        String changelog = Changelog.markdown(api.title(), releases, api.yaml());
        List<ExampleRequest> requests = ExampleRequests.of(api);
        CollectionVariables variables = CollectionVariables.forSandbox(api);
        List<Path> written = new ArrayList<>();
        Path dir = outputDir;
        written.add(write(
                dir, "index.html", page.render(api.title() + " " + api.version(), JsonText.pretty(rendition), nav)));
        written.add(write(dir, "openapi.yaml", api.yaml()));
        written.add(write(dir, "openapi.json", api.json()));
        written.add(write(dir, "openapi-3.1.yaml", PublishedSpec.yaml(rendition)));
        written.add(write(dir, "openapi-3.1.json", JsonText.pretty(rendition)));
        written.add(write(dir, "decisions.md", decisions.markdown()));
        written.add(write(dir, PublishedSpec.DECISIONS_PAGE, PublishedSpec.decisionsHtml(decisions, "index.html")));
        written.add(write(dir, "changelog.md", changelog));
        written.add(write(
                dir,
                "changelog.html",
                MarkdownPage.render(
                        "Changelog",
                        changelog,
                        List.of(
                                new Link(api.title(), "index.html"),
                                new Link("Decisions", PublishedSpec.DECISIONS_PAGE)))));
        written.add(write(dir, POSTMAN, PostmanCollection.of(api, requests, variables)));
        written.add(write(dir, HTTP_FILE, HttpFile.of(api, requests, variables)));
        written.add(write(
                dir,
                "sandbox-control.html",
                page.render(
                        sandboxControl.title() + " " + sandboxControl.version(),
                        sandboxControl.json(),
                        List.of(
                                new Link("sandbox-control.yaml", "sandbox-control.yaml"),
                                new Link("sandbox-control.json", "sandbox-control.json"),
                                new Link(api.title(), "index.html")))));
        written.add(write(dir, "sandbox-control.yaml", sandboxControl.yaml()));
        written.add(write(dir, "sandbox-control.json", sandboxControl.json()));
        return written;
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
