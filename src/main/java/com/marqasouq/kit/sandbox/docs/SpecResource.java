package com.marqasouq.kit.sandbox.docs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marqasouq.kit.contract.docs.PublishedSpec;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two specs under /openapi/, as they ship in the jar, and the contract's OpenAPI 3.1
 * rendition ({@value #RENDITION}), each with this sandbox put first in
 * {@code servers} so that Swagger UI's "Try it out" calls the sandbox that served the page
 * (its address as the browser sees it, e.g. through a container's port mapping).
 */
@Path("/openapi")
public final class SpecResource {
    private static final Set<String> SPECS = Set.of("marqasouq-odoo.yaml", "sandbox-control.yaml");
    /** The OpenAPI 3.1 rendition, with webhooks and decision links, made from the 3.0.3 source. */
    static final String RENDITION = "marqasouq-odoo-3.1.yaml";

    private static final Pattern SERVERS = Pattern.compile("^servers:[ \\t]*\\R", Pattern.MULTILINE);

    @Context
    private UriInfo uri;

    @GET
    @Path("/{file}")
    public Response spec(@PathParam("file") String file) {
        if (file.equals(RENDITION)) {
            ObjectNode rendition = PublishedSpec.openApi31ForKit();
            ArrayNode servers = rendition.withArray("servers");
            servers.insertObject(0).put("url", origin()).put("description", "This sandbox");
            return Response.ok(PublishedSpec.yaml(rendition), "application/yaml; charset=utf-8")
                    .build();
        }
        if (!SPECS.contains(file)) {
            throw new NotFoundException();
        }
        String yaml = withThisSandbox(read("openapi/" + file), origin());
        return Response.ok(yaml, "application/yaml; charset=utf-8").build();
    }

    static String withThisSandbox(String yaml, String origin) {
        String entry = "  - url: " + origin + "\n    description: This sandbox\n";
        Matcher servers = SERVERS.matcher(yaml);
        if (!servers.find()) {
            return yaml; // without servers, Swagger UI calls the origin of the spec: this sandbox
        }
        return yaml.substring(0, servers.end()) + entry + yaml.substring(servers.end());
    }

    private String origin() {
        String base = uri.getBaseUri().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String read(String resource) {
        try (InputStream in = SpecResource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new NotFoundException();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
