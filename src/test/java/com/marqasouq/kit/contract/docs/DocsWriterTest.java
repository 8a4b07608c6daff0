package com.marqasouq.kit.contract.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marqasouq.kit.contract.Contract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsWriterTest {

    private static final Pattern REMOTE_SRC_OR_HREF =
            Pattern.compile("(?i)\\b(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//");
    private static final Pattern REMOTE_CSS_URL = Pattern.compile("(?i)url\\(\\s*[\"']?\\s*(https?:)?//");
    private static final Pattern SCRIPT_OR_STYLE_CONTENT =
            Pattern.compile("(?is)(<script[^>]*>)(.*?)(</script>)|(<style[^>]*>)(.*?)(</style>)");

    @TempDir
    static Path out;

    private static List<Path> written;
    private static String html;

    @BeforeAll
    static void writeTheDocs() throws Exception {
        written = DocsWriter.forKit().writeTo(out);
        html = Files.readString(out.resolve("index.html"));
    }

    @Test
    void writesTheSpecAsYamlAndJsonAndASwaggerUiPage() {
        for (String name : List.of("index.html", "openapi.yaml", "openapi.json")) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
        assertEquals(out.resolve("index.html"), written.get(0));
    }

    @Test
    void alsoWritesTheSandboxControlContract() {
        for (String name : List.of("sandbox-control.html", "sandbox-control.yaml", "sandbox-control.json")) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
    }

    @Test
    void theYamlIsTheSpecAsWritten() throws Exception {
        assertEquals(Contract.marqasouqOdoo().yaml(), Files.readString(out.resolve("openapi.yaml")));
    }

    @Test
    void theJsonHasTheSameContentAsTheYaml() throws Exception {
        var json = new ObjectMapper().readTree(out.resolve("openapi.json").toFile());
        var yaml = new ObjectMapper(new YAMLFactory())
                .readTree(out.resolve("openapi.yaml").toFile());
        assertEquals(yaml, json);
    }

    @Test
    void thePageShowsTheSpecWithTheSwaggerUiBundleInline() {
        assertTrue(html.contains("<title>MarqaSouq Odoo Integration API 2.0.0</title>"));
        assertTrue(html.contains("SwaggerUIBundle({"), "the page starts Swagger UI");
        assertTrue(html.contains(".swagger-ui"), "Swagger UI's style sheet is inline");
        assertTrue(html.length() > 1_000_000, "the bundle is inline: " + html.length() + " characters");
        assertTrue(html.contains("\"operationId\": \"listOdooInventory\""), "the spec is inline");
    }

    @Test
    void thePageLoadsNothingFromTheNetwork() {
        String markup = SCRIPT_OR_STYLE_CONTENT.matcher(html).replaceAll("$1$3$4$6");
        assertFalse(REMOTE_SRC_OR_HREF.matcher(markup).find(), "a src= or href= to another host");
        assertFalse(Pattern.compile("(?i)<script[^>]+src=").matcher(markup).find(), "an external script");
        assertFalse(Pattern.compile("(?i)<link[^>]+stylesheet").matcher(markup).find(), "an external style sheet");
        assertFalse(REMOTE_CSS_URL.matcher(html).find(), "a CSS url() to another host");
    }

    @Test
    void nothingInsideTheInlinedScriptsEndsThemEarly() {
        Matcher script = Pattern.compile("(?is)<script>(.*?)</script>").matcher(html);
        int scripts = 0;
        while (script.find()) {
            scripts++;
            assertFalse(script.group(1).contains("<!--"), "'<!--' in script " + scripts);
        }
        assertEquals(2, scripts, "the bundle and the start-up script, each whole");
        assertTrue(html.strip().endsWith("</html>"));
    }

    @Test
    void alsoWritesTheRenditionTheDecisionsTheChangelogAndTheCollections() {
        for (String name : List.of(
                "openapi-3.1.yaml",
                "openapi-3.1.json",
                "decisions.html",
                "decisions.md",
                "changelog.html",
                "changelog.md",
                DocsWriter.POSTMAN,
                DocsWriter.HTTP_FILE)) {
            assertTrue(written.contains(out.resolve(name)), name);
        }
    }

    @Test
    void thePageShowsTheOpenApi31RenditionWithTheSevenWebhooks() throws Exception {
        var rendition =
                new ObjectMapper().readTree(out.resolve("openapi-3.1.json").toFile());
        var fromYaml = new ObjectMapper(new YAMLFactory())
                .readTree(out.resolve("openapi-3.1.yaml").toFile());

        assertEquals(rendition, fromYaml);
        assertEquals("3.1.0", rendition.path("openapi").asText());
        assertTrue(html.contains("\"openapi\": \"3.1.0\""), "the page shows the rendition");
        for (String event : List.of(
                "order.placed",
                "order.updated",
                "order.canceled",
                "order.completed",
                "customer.created",
                "customer.updated",
                "inventory.updated")) {
            assertTrue(rendition.path("webhooks").has(event), event);
            assertTrue(html.contains("\"" + event + "\" : {") || html.contains("\"" + event + "\": {"), event);
        }
        assertTrue(html.contains("href=\"decisions.html\"") && html.contains("href=\"changelog.html\""));
    }

    @Test
    void everyDecisionLinkOfTheRenditionLandsOnAHeadingOfTheDecisionsPage() throws Exception {
        String rendition = Files.readString(out.resolve("openapi-3.1.json"));
        String decisions = Files.readString(out.resolve("decisions.html"));
        Matcher link = Pattern.compile("\\]\\(decisions\\.html#([^)]+)\\)").matcher(rendition);
        int links = 0;
        while (link.find()) {
            links++;
            assertTrue(decisions.contains(" id=\"" + link.group(1) + "\""), "no heading " + link.group(1));
        }
        assertTrue(links > 50, "operations link the decisions they cite: " + links);
        assertTrue(rendition.contains("Errors are `{type, message, code}` ([D19](decisions.html#d19--"), "D19 linked");
    }

    @Test
    void theDecisionsAndChangelogPagesAreHtmlThatLoadsNothing() throws Exception {
        for (String page : List.of("decisions.html", "changelog.html")) {
            String text = Files.readString(out.resolve(page));
            assertTrue(text.startsWith("<!DOCTYPE html>"), page);
            assertFalse(Pattern.compile("(?i)<script|<link|src=").matcher(text).find(), page);
            assertTrue(text.contains("<h2 id=\""), page);
        }
        assertTrue(Files.readString(out.resolve("changelog.md")).contains("## 1.0.0"));
    }

    @Test
    void inlinedTextCannotCloseItsElement() {
        assertEquals("var s = \"\\u003c/script>\"; /\\u003c!--/", InlineText.script("var s = \"</script>\"; /<!--/"));
        assertEquals("{\"a\": \"\\u003c/SCRIPT>\"}", InlineText.json("{\"a\": \"</SCRIPT>\"}"));
        assertEquals("a::after { content: \"<\\/style>\" }", InlineText.style("a::after { content: \"</style>\" }"));
    }
}
