package com.marqasouq.kit.sandbox.docs;

import com.marqasouq.kit.contract.decisions.Decisions;
import com.marqasouq.kit.contract.docs.PublishedSpec;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * Swagger UI at /docs (README, "Published docs"): the swagger-ui webjar's files from the classpath, and an index
 * page that lists the specs, and the decisions page. No token needed.
 */
@Path("/docs")
public final class SwaggerUiResource {
    private static final String POM = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
    private static final String INDEX = "sandbox/docs-index.html";
    private static final Map<String, String> TYPES = Map.of(
            "js", "application/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "html", "text/html; charset=utf-8",
            "png", "image/png",
            "map", "application/json");
    private static final String ROOT = "META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";

    @Context
    private UriInfo uri;

    /** /docs/ is the page; /docs redirects there, so that the page's relative links resolve under /docs/. */
    @GET
    public Response index() {
        if (!uri.getPath().endsWith("/")) {
            return Response.seeOther(uri.getBaseUriBuilder().path("docs/").build())
                    .build();
        }
        return Response.ok(read(INDEX), TYPES.get("html")).build();
    }

    /** The contract decisions, which the 3.1 rendition's operations link to as {@code decisions.html#...}. */
    @GET
    @Path("/" + PublishedSpec.DECISIONS_PAGE)
    public Response decisions() {
        return Response.ok(PublishedSpec.decisionsHtml(Decisions.fromClasspath(), "./"), TYPES.get("html"))
                .build();
    }

    /** Only plain file names of the webjar's folder: no path traversal. */
    @GET
    @Path("/{file: [A-Za-z0-9][A-Za-z0-9._-]*}")
    public Response file(@PathParam("file") String file) {
        String extension = file.substring(file.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        if (type == null || file.equals("index.html")) {
            throw new NotFoundException();
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(read(ROOT + file), type).cacheControl(cache).build();
    }

    private static byte[] read(String resource) {
        try (InputStream in = SwaggerUiResource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new NotFoundException();
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The webjar's version, from its Maven metadata, so a version bump in the pom needs no code change. */
    private static String webjarVersion() {
        try (InputStream in = SwaggerUiResource.class.getClassLoader().getResourceAsStream(POM)) {
            Properties pom = new Properties();
            if (in != null) {
                pom.load(in);
            }
            return pom.getProperty("version", "missing");
        } catch (IOException e) {
            return "missing";
        }
    }
}
