package com.marqasouq.kit.contract.docs;

import java.util.List;

/**
 * A self-contained HTML page that shows one contract with Swagger UI: the bundle, its style sheet
 * and the spec are inlined, so the page opens from disk with no network.
 */
final class SwaggerUiPage {

    /** A link in the page's top bar, e.g. to the spec files or to the other page. */
    record Link(String label, String href) {}

    private final SwaggerUiAssets assets;

    SwaggerUiPage(SwaggerUiAssets assets) {
        this.assets = assets;
    }

    /** A page titled {@code title} that shows {@code specJson} (OpenAPI 3.0 or 3.1, as JSON). */
    String render(String title, String specJson, List<Link> links) {
        String escapedTitle = InlineText.html(title);
        StringBuilder nav = new StringBuilder();
        for (Link link : links) {
            nav.append(" · <a href=\"")
                    .append(InlineText.html(link.href()))
                    .append("\">")
                    .append(InlineText.html(link.label()))
                    .append("</a>");
        }
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="UTF-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%1$s</title>
        <style>
        %2$s
        </style>
        <style>
        .kit-nav { font-family: sans-serif; font-size: 14px; padding: 10px 20px; background: #1b1b1b; color: #fff; }
        .kit-nav a { color: #9fd4ff; }
        </style>
        </head>
        <body>
        <nav class="kit-nav"><strong>%1$s</strong>%3$s</nav>
        <div id="swagger-ui"></div>
        <noscript>This page needs JavaScript to show the contract; the contract itself is in the spec files linked above.</noscript>
        <script>
        /* Swagger UI %4$s (Apache License 2.0), inlined from org.webjars:swagger-ui */
        %5$s
        </script>
        <script>
        window.ui = SwaggerUIBundle({
          spec: %6$s,
          dom_id: "#swagger-ui",
          deepLinking: true,
          presets: [SwaggerUIBundle.presets.apis],
          layout: "BaseLayout",
          validatorUrl: null
        });
        </script>
        </body>
        </html>
        """.formatted(
                        escapedTitle,
                        InlineText.style(assets.css()),
                        nav,
                        InlineText.html(assets.version()),
                        InlineText.script(assets.bundleJs()),
                        InlineText.json(specJson.strip()));
    }
}
