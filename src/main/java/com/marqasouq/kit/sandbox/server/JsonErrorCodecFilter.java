package com.marqasouq.kit.sandbox.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.marqasouq.kit.sandbox.http.ApiJson;
import com.marqasouq.kit.sandbox.http.ErrorBody;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpPacketParsing;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.KeepAlive;
import org.glassfish.grizzly.http.Protocol;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.MemoryManager;
import org.glassfish.grizzly.utils.DelayedExecutor;

/**
 * Grizzly's HTTP parser, answering the requests it cannot parse in the API's error format: a
 * request line over the size limit is 414, headers over it are 431, anything else malformed is
 * 400, each with a {type, message, code} JSON body instead of an empty one.
 */
final class JsonErrorCodecFilter extends HttpServerFilter {
    /** Grizzly's header parsing state while it is still reading the request line. */
    private static final int PARSING_REQUEST_LINE = 0;

    private static final ObjectMapper JSON = ApiJson.mapper();

    private final int maxHeaderBytes;

    JsonErrorCodecFilter(
            int maxHeaderBytes,
            KeepAlive keepAlive,
            DelayedExecutor executor,
            int maxRequestHeaders,
            int maxResponseHeaders) {
        super(true, maxHeaderBytes, null, keepAlive, executor, maxRequestHeaders, maxResponseHeaders);
        this.maxHeaderBytes = maxHeaderBytes;
    }

    @Override
    protected void onHttpHeaderError(HttpHeader header, FilterChainContext ctx, Throwable error) throws IOException {
        if (header instanceof HttpRequestPacket request && isTooLarge(error)) {
            boolean inRequestLine = header instanceof HttpPacketParsing parsing
                    && parsing.getHeaderParsingState().state == PARSING_REQUEST_LINE;
            HttpResponsePacket response = request.getResponse();
            if (inRequestLine) {
                // The version was never read; without one the answer would go out with almost no headers.
                request.setProtocol(Protocol.HTTP_1_1);
            }
            response.setStatus(inRequestLine ? 414 : 431);
            response.setReasonPhrase(inRequestLine ? "URI Too Long" : "Request Header Fields Too Large");
        }
        super.onHttpHeaderError(header, ctx, error);
    }

    @Override
    protected HttpContent customizeErrorResponse(HttpResponsePacket response) {
        byte[] body = errorJson(response.getStatus(), message(response.getStatus()));
        response.setContentType("application/json");
        response.setHeader("Content-Type", "application/json");
        response.setContentLength(body.length);
        return HttpContent.builder(response)
                .content(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, body))
                .last(true)
                .build();
    }

    private String message(int status) {
        return switch (status) {
            case 414 -> "The request line is longer than the limit of " + maxHeaderBytes + " bytes; shorten the URL";
            case 431 -> "The request headers are larger than the limit of " + maxHeaderBytes + " bytes";
            case 505 -> "Only HTTP/1.0 and HTTP/1.1 are supported";
            default -> "The request is not valid HTTP";
        };
    }

    @Override
    protected boolean onHttpHeaderParsed(HttpHeader header, Buffer buffer, FilterChainContext ctx) {
        String version = header.getProtocolDC().toString();
        boolean error = super.onHttpHeaderParsed(header, buffer, ctx);
        if (error
                && header instanceof HttpRequestPacket request
                && request.getResponse().getStatus() == 505
                && (version == null || !version.matches("HTTP/\\d(\\.\\d)?"))) {
            // Not another HTTP version but no version at all (e.g. a space in the URL): a malformed request line.
            request.getResponse().setStatus(400);
            request.getResponse().setReasonPhrase("Bad Request");
        }
        return error;
    }

    /**
     * The sandbox speaks HTTP/1.1 only. Grizzly would treat a request asking to upgrade (curl
     * --http2's and Java's HttpClient's {@code Upgrade: h2c}) as the start of another protocol and
     * stop reading its body by Content-Length, so a POST would wait for bytes that never come. The
     * upgrade is ignored instead, as RFC 9110 allows: the request is answered over HTTP/1.1.
     */
    @Override
    protected void onIncomingUpgrade(FilterChainContext ctx, HttpHeader header) {
        header.getUpgradeDC().recycle();
        header.getHeaders().removeHeader("Upgrade");
    }

    private static boolean isTooLarge(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e.getMessage() != null && e.getMessage().contains("too large")) {
                return true;
            }
        }
        return false;
    }

    /** The error body as bytes, written without Jersey (the request never reached it). */
    private static byte[] errorJson(int status, String message) {
        try {
            return JSON.writeValueAsBytes(ErrorBody.forStatus(status, message).getEntity());
        } catch (IOException e) {
            return "{\"type\":\"invalid_data\",\"message\":\"Bad request\",\"code\":\"INVALID_DATA\"}"
                    .getBytes(StandardCharsets.UTF_8);
        }
    }
}
