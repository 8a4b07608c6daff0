package com.marqasouq.kit.sandbox.docs;

import com.marqasouq.kit.generated.control.model.ControlRoute;
import com.marqasouq.kit.generated.control.model.SandboxIndex;
import com.marqasouq.kit.generated.control.model.SandboxIndexLinks;

/** The index as a small HTML page for a browser: links to follow, and the controls to call with a token. */
final class IndexPage {
    private IndexPage() {}

    static String html(SandboxIndex index) {
        SandboxIndexLinks links = index.getLinks();
        StringBuilder page = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(index.getName()))
                .append("</title>\n<style>body{font-family:sans-serif;margin:2em;max-width:60em}")
                .append("td{padding:.2em 1em .2em 0}code{font-size:1.05em}</style>\n</head>\n<body>\n<h1>")
                .append(escape(index.getName()))
                .append("</h1>\n<p>Kit ")
                .append(escape(index.getKitVersion()))
                .append(", MarqaSouq Odoo Integration API ")
                .append(escape(index.getContractVersion()))
                .append(".</p>\n<ul>\n");
        link(page, links.getDocs().toString(), "Swagger UI", "the API and the controls, with \"Try it out\"");
        link(page, links.getHealth().toString(), "Health check", "200 once the sandbox is ready, no token");
        link(page, links.getSpec().toString(), "The contract", "openapi/marqasouq-odoo.yaml");
        link(page, links.getControlSpec().toString(), "The controls' spec", "openapi/sandbox-control.yaml");
        page.append("</ul>\n<p>The API and the controls need <code>Authorization: Bearer &lt;token&gt;</code>; get the"
                        + " token with <code>POST ")
                .append(escape(links.getLogin().toString()))
                .append("</code>.</p>\n<h2>Controls</h2>\n<table>\n");
        for (ControlRoute route : index.getControls()) {
            page.append("<tr><td><code>")
                    .append(escape(route.getMethod()))
                    .append("</code></td><td><code>")
                    .append(escape(route.getPath()))
                    .append("</code></td><td>")
                    .append(escape(route.getSummary()))
                    .append("</td></tr>\n");
        }
        return page.append("</table>\n</body>\n</html>\n").toString();
    }

    private static void link(StringBuilder page, String href, String text, String note) {
        page.append("<li><a href=\"")
                .append(escape(href))
                .append("\">")
                .append(escape(text))
                .append("</a>: ")
                .append(escape(note))
                .append("</li>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
