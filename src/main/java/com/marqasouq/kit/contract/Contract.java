package com.marqasouq.kit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One OpenAPI document of the kit, loaded from the classpath (the {@code openapi/} folder ships
 * in the jar). Gives the document as text, as a parsed tree and as JSON, its operations and
 * webhook events, and the versions of the contract and of the kit. It is the kit's one reader of
 * its specs: the sandbox, the suite, the stubs, the docs and the tests ask it rather than parse
 * the files themselves.
 *
 * <p>Each instance parses its own tree: treat {@link #tree()} and the nodes it leads to as
 * read-only, or load a new instance if you need to change them.
 */
public final class Contract {

    /** Classpath location of the MarqaSouq Odoo Integration API. */
    public static final String MARQASOUQ_ODOO = "openapi/marqasouq-odoo.yaml";

    /** Classpath location of the sandbox's own control API ({@code /_sandbox}, {@code /health}). */
    public static final String SANDBOX_CONTROL = "openapi/sandbox-control.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final String resource;
    private final String yaml;
    private final JsonNode tree;

    private Contract(String resource, String yaml, JsonNode tree) {
        this.resource = resource;
        this.yaml = yaml;
        this.tree = tree;
    }

    /** The MarqaSouq Odoo Integration API ({@value #MARQASOUQ_ODOO}). */
    public static Contract marqasouqOdoo() {
        return load(MARQASOUQ_ODOO);
    }

    /** The sandbox control API ({@value #SANDBOX_CONTROL}). */
    public static Contract sandboxControl() {
        return load(SANDBOX_CONTROL);
    }

    /** Loads an OpenAPI document (YAML or JSON) from a classpath resource such as {@code openapi/x.yaml}. */
    public static Contract load(String resource) {
        try (InputStream in = Contract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + resource + " is not on the classpath");
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /**
     * An OpenAPI document given as text (YAML or JSON), e.g. a release or a file named on the
     * command line; {@code name} says where it came from in messages.
     *
     * @throws UncheckedIOException when the text is neither YAML nor JSON
     */
    public static Contract parse(String name, String text) {
        try {
            return new Contract(name, text, YAML.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + " as YAML or JSON: " + e.getMessage(), e);
        }
    }

    /** The version of this kit, e.g. {@code 1.0.0}. */
    public static String kitVersion() {
        return KitVersion.current();
    }

    /** The classpath resource this document was loaded from. */
    public String resource() {
        return resource;
    }

    /** The document exactly as written. */
    public String yaml() {
        return yaml;
    }

    /** The document as a tree (read-only by convention). */
    public JsonNode tree() {
        return tree;
    }

    /** The document as pretty-printed JSON, same content as {@link #yaml()}. */
    public String json() {
        return JsonText.pretty(tree);
    }

    /** {@code info.title}. */
    public String title() {
        return tree.path("info").path("title").asText();
    }

    /** {@code info.version}: the version of the contract, not of the kit. */
    public String version() {
        return tree.path("info").path("version").asText();
    }

    /** Follows local {@code $ref}s ({@code #/components/...}) until it reaches a node without one. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/") || hops > 20) {
                throw new IllegalStateException("Cannot resolve $ref " + ref + " in " + resource);
            }
            current = tree.at(ref.substring(1));
            if (current.isMissingNode()) {
                throw new IllegalStateException("$ref " + ref + " points nowhere in " + resource);
            }
        }
        return current;
    }

    /** The operations under {@code paths}, in document order ({@code x-webhooks} are not included). */
    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : tree.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (METHODS.contains(entry.getKey())) {
                    operations.add(
                            new Operation(this, path.getKey(), entry.getKey(), path.getValue(), entry.getValue()));
                }
            }
        }
        return List.copyOf(operations);
    }

    /** The operation with this {@code operationId}, if the document has one. */
    public Optional<Operation> operation(String operationId) {
        return operations().stream().filter(op -> op.id().equals(operationId)).findFirst();
    }

    /** The webhook events of {@code x-webhooks}, in document order (none for a document without). */
    public List<WebhookEvent> webhookEvents() {
        List<WebhookEvent> events = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : tree.path("x-webhooks").properties()) {
            events.add(new WebhookEvent(this, entry.getKey(), entry.getValue().path("post")));
        }
        return List.copyOf(events);
    }

    /** The event of {@code x-webhooks} with this name, if the document has one. */
    public Optional<WebhookEvent> webhookEvent(String name) {
        return webhookEvents().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return resource;
    }
}
