package com.marqasouq.kit.sandbox.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a request body before anything parses it: more than the size limit is 413, bytes that are
 * not well-formed UTF-8 (overlong forms, lone surrogates, stray continuation bytes) are 400. JSON
 * parsers are lenient about some of these; checked here, a bad body changes nothing.
 */
@Priority(Priorities.ENTITY_CODER)
public final class RequestBodyCheck implements ContainerRequestFilter {
    private final long maxBytes;

    public RequestBodyCheck(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!declaresBody(request)) {
            return; // nothing to read; asking the stream would wait for bytes that never come (e.g. an h2c upgrade)
        }
        if (request.getLength() > maxBytes) {
            request.abortWith(tooLarge());
            return;
        }
        byte[] body;
        try {
            body = readAtMost(request.getEntityStream(), maxBytes);
        } catch (IOException | ProcessingException clientGone) {
            request.abortWith(ErrorBody.invalid("The body could not be read: the client stopped sending it"));
            return;
        }
        if (body == null) {
            request.abortWith(tooLarge());
            return;
        }
        int bad = firstMalformedByte(body);
        if (bad >= 0) {
            request.abortWith(ErrorBody.invalid("The body is not valid UTF-8 (byte " + bad + ")"));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    /** A body is announced by a length above zero or by chunked transfer coding. */
    private static boolean declaresBody(ContainerRequestContext request) {
        String encoding = request.getHeaderString("Transfer-Encoding");
        return request.getLength() > 0
                || (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked"));
    }

    private jakarta.ws.rs.core.Response tooLarge() {
        return ErrorBody.forStatus(413, "The body is larger than the limit of " + maxBytes + " bytes");
    }

    /** The whole body, or null as soon as it passes the limit (the rest is not read). */
    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[16 * 1024];
        long total = 0;
        for (int n; (n = in.read(chunk)) != -1; ) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    /** The offset of the first byte that is not part of well-formed UTF-8, or -1. */
    static int firstMalformedByte(byte[] body) {
        CharsetDecoder strict = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CoderResult result = strict.decode(in, CharBuffer.allocate(body.length), true);
        // On an error the position is where the malformed sequence starts.
        return result.isError() ? in.position() : -1;
    }
}
