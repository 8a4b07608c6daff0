package com.marqasouq.kit.sandbox.server;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.http.ContentEncoding;
import org.glassfish.grizzly.http.HttpCodecFilter;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.utils.DelayedExecutor;

/**
 * Swaps Grizzly's HTTP parser for {@link JsonErrorCodecFilter}, configured as the listener
 * configured the original. Owns the timer thread the parser uses for keep-alive timeouts.
 */
public final class JsonErrorsAddOn implements AddOn, AutoCloseable {
    private final ExecutorService timerThread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "http-keep-alive-timer");
        thread.setDaemon(true);
        return thread;
    });
    private final DelayedExecutor timer = new DelayedExecutor(timerThread);
    private final RequestDeadline deadline;

    public JsonErrorsAddOn(ServerLimits limits) {
        this.deadline = new RequestDeadline(limits.requestTimeout());
    }

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        int at = builder.indexOfType(HttpServerFilter.class);
        HttpServerFilter original = (HttpServerFilter) builder.get(at);
        int maxHeaderBytes = listener.getMaxHttpHeaderSize() < 0
                ? HttpCodecFilter.DEFAULT_MAX_HTTP_PACKET_HEADER_SIZE
                : listener.getMaxHttpHeaderSize();
        JsonErrorCodecFilter codec = new JsonErrorCodecFilter(
                maxHeaderBytes,
                listener.getKeepAlive(),
                timer,
                listener.getMaxRequestHeaders(),
                listener.getMaxResponseHeaders());
        for (ContentEncoding encoding : original.getContentEncodings()) {
            codec.addContentEncoding(encoding);
        }
        codec.setAllowPayloadForUndefinedHttpMethods(original.isAllowPayloadForUndefinedHttpMethods());
        codec.setMaxPayloadRemainderToSkip(original.getMaxPayloadRemainderToSkip());
        builder.set(at, codec);
        if (deadline != null) {
            builder.add(at + 1, deadline.requestComplete());
            builder.add(at, deadline.bytesArriving());
        }
        timer.start();
    }

    @Override
    public void close() {
        timer.destroy();
        timerThread.shutdownNow();
    }
}
