package com.marqasouq.kit.sandbox.docs;

import com.marqasouq.kit.generated.control.api.IndexApi;
import com.marqasouq.kit.generated.control.model.SandboxIndex;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;
import java.util.List;

/**
 * GET / and GET /_sandbox/: where the docs, the controls and the health check are. JSON for
 * curl and scripts, HTML for a client that prefers it (a browser). No token needed.
 */
public final class IndexResource implements IndexApi {
    private static final List<Variant> VARIANTS = Variant.mediaTypes(
                    MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_HTML_TYPE)
            .build();

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response getIndex() {
        return index();
    }

    @Override
    public Response getControlIndex() {
        return index();
    }

    private Response index() {
        SandboxIndex index = SandboxIndexes.at(uri.getBaseUri());
        Variant chosen = request.selectVariant(VARIANTS);
        if (chosen != null && MediaType.TEXT_HTML_TYPE.isCompatible(chosen.getMediaType())) {
            return Response.ok(IndexPage.html(index), "text/html; charset=utf-8")
                    .build();
        }
        return Response.ok(index, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
