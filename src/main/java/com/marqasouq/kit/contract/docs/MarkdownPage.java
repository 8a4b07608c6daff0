package com.marqasouq.kit.contract.docs;

import com.marqasouq.kit.contract.decisions.HeadingSlugs;
import com.marqasouq.kit.contract.docs.SwaggerUiPage.Link;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * A Markdown document (the decisions, the changelog) as a self-contained HTML page: no script,
 * no remote style, and every heading with the id GitHub would give it, so that links to
 * {@code page.html#d19--errors} land on the heading. Raw HTML in the Markdown is escaped, but for
 * the explicit anchor lines that give the repository's pages short links on GitHub.
 */
final class MarkdownPage {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

    private MarkdownPage() {}

    static String render(String title, String markdown, List<Link> links) {
        // Explicit anchors (<a id="d14"></a>) give short links on GitHub; here the headings carry ids.
        String withoutAnchors = markdown.replaceAll("(?m)^<a id=\"[^\"]*\"></a>[ \t]*\n", "");
        Node document = Parser.builder().extensions(EXTENSIONS).build().parse(withoutAnchors);
        HeadingSlugs slugs = new HeadingSlugs();
        TextContentRenderer text = TextContentRenderer.builder().build();
        AttributeProvider headingIds = (node, tag, attributes) -> {
            if (node instanceof Heading) {
                attributes.put("id", slugs.next(text.render(node).strip()));
            }
        };
        String body = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(true)
                .attributeProviderFactory(context -> headingIds)
                .build()
                .render(document);
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
        body { font-family: sans-serif; line-height: 1.5; margin: 0; color: #1b1b1b; }
        main { max-width: 60em; margin: 0 auto; padding: 1em 2em 4em; }
        .kit-nav { font-size: 14px; padding: 10px 20px; background: #1b1b1b; color: #fff; }
        .kit-nav a { color: #9fd4ff; }
        code, pre { background: #f3f3f3; font-size: 0.92em; }
        pre { padding: 0.8em; overflow-x: auto; }
        table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; }
        h2:target, h3:target { background: #fff6c8; }
        </style>
        </head>
        <body>
        <nav class="kit-nav"><strong>%1$s</strong>%2$s</nav>
        <main>
        %3$s
        </main>
        </body>
        </html>
        """.formatted(InlineText.html(title), nav, body);
    }
}
