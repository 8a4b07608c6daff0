package com.marqasouq.kit.sandbox.server;

import com.marqasouq.kit.sandbox.http.ApiJson;
import com.marqasouq.kit.sandbox.http.ErrorBody;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.EmptyCompletionHandler;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.WriteResult;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.memory.Buffers;

/**
 * A request must arrive whole within a time limit, counted from its first byte to its last: a
 * client that trickles its headers or its body a byte at a time (keeping the idle timeout at bay)
 * gets a 408 in the error format and its connection closed. Two filters share the clock: one
 * below the HTTP parser sees the bytes arrive, one above it sees the request complete.
 */
final class RequestDeadline {
    private static final Attribute<Long> STARTED =
            Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(RequestDeadline.class.getName() + ".started");

    private final long limitNanos;

    RequestDeadline(Duration limit) {
        this.limitNanos = limit.toNanos();
    }

    /** Below the parser: starts the clock at a request's first byte and stops a request that is late. */
    BaseFilter bytesArriving() {
        return new BaseFilter() {
            @Override
            public NextAction handleRead(FilterChainContext ctx) throws IOException {
                Connection<?> connection = ctx.getConnection();
                Long started = STARTED.get(connection);
                long now = System.nanoTime();
                if (started == null) {
                    STARTED.set(connection, now);
                } else if (now - started > limitNanos) {
                    refuse(ctx);
                    return ctx.getStopAction();
                }
                return ctx.getInvokeAction();
            }
        };
    }

    /** Above the parser: the request's last part arrived in time, so the clock stops until the next one. */
    BaseFilter requestComplete() {
        return new BaseFilter() {
            @Override
            public NextAction handleRead(FilterChainContext ctx) throws IOException {
                Object message = ctx.getMessage();
                if (message instanceof HttpContent content && content.isLast()) {
                    STARTED.remove(ctx.getConnection());
                }
                return ctx.getInvokeAction();
            }
        };
    }

    private void refuse(FilterChainContext ctx) throws IOException {
        String message = "The request did not arrive within "
                + Duration.ofNanos(limitNanos).toSeconds() + " s of its first byte; send it at once";
        byte[] body = ApiJson.mapper()
                .writeValueAsBytes(ErrorBody.forStatus(408, message).getEntity());
        String head = "HTTP/1.1 408 Request Timeout\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        Buffer buffer = Buffers.wrap(ctx.getMemoryManager(), all);
        Connection<?> connection = ctx.getConnection();
        ctx.write(buffer, new EmptyCompletionHandler<WriteResult>() {
            @Override
            public void completed(WriteResult result) {
                connection.closeSilently();
            }

            @Override
            public void failed(Throwable error) {
                connection.closeSilently();
            }
        });
    }
}
