package com.marqasouq.kit.conformance.defects;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reverse proxy in front of the sandbox that lets one {@link Defect} at a time change
 * requests, responses and webhooks. Webhook targets registered through the proxy are rewritten
 * to a relay on the proxy, so webhook defects can act on deliveries too. Test code only: the
 * shipped sandbox has no defect switches.
 */
final class DefectProxy implements AutoCloseable {
    private static final Set<String> HOP_BY_HOP = Set.of(
            "host",
            "connection",
            "content-length",
            "transfer-encoding",
            "expect",
            "upgrade",
            "keep-alive",
            "te",
            "trailer",
            "proxy-connection",
            "http2-settings");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RELAY = "/__relay/";

    static {
        // The JDK server otherwise waits ~40 ms per response (Nagle).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final URI target;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(16);
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, String[]> relays = new ConcurrentHashMap<>();
    private final AtomicInteger relayIds = new AtomicInteger();
    private volatile Defect defect = DefectCatalogue.NONE;
    private final Queue<Seen> seen = new ConcurrentLinkedQueue<>();
    private volatile boolean recording;

    /** A request as it reached the sandbox and the sandbox's own answer (for a webhook: none). */
    record Seen(ProxyRequest request, ProxyResponse answer) {}

    DefectProxy(URI target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Webhooks the sandbox sent arrive on this path of the proxy. */
    static boolean isWebhook(ProxyRequest request) {
        return request.path().startsWith(RELAY);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void inject(Defect next) {
        defect = next;
    }

    /** From now on keeps what reached the sandbox and what it answered, and the webhooks it sent. */
    void record() {
        seen.clear();
        recording = true;
    }

    /** What was kept since {@link #record()}; recording stops. */
    List<Seen> recorded() {
        recording = false;
        return List.copyOf(seen);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            ProxyRequest request = read(exchange);
            if (request.path().startsWith(RELAY)) {
                relay(exchange, request);
                return;
            }
            ProxyResponse shortcut = defect.answerInstead(request);
            if (shortcut != null) {
                write(exchange, shortcut);
                return;
            }
            ProxyRequest changed = defect.onRequest(request);
            if (changed.is("POST", "/_sandbox/webhooks")) {
                changed = throughRelay(changed);
            }
            ProxyResponse answer = forward(target.resolve(pathAndQuery(changed)), changed);
            if (recording) {
                seen.add(new Seen(changed, answer));
            }
            write(exchange, defect.onResponse(changed, answer));
        } catch (Exception e) {
            byte[] body =
                    ("{\"type\":\"server_error\",\"message\":\"proxy: " + e + "\",\"code\":\"PROXY\"}").getBytes();
            exchange.sendResponseHeaders(502, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    /** The sandbox will deliver this target's webhooks to the relay, which forwards them. */
    private ProxyRequest throughRelay(ProxyRequest request) throws IOException {
        ObjectNode body = (ObjectNode) JSON.readTree(request.body());
        String id = String.valueOf(relayIds.incrementAndGet());
        relays.put(
                id, new String[] {body.path("url").asText(), body.path("secret").asText(null)});
        body.put("url", uri() + RELAY + id);
        return request.withBody(JSON.writeValueAsString(body));
    }

    private void relay(HttpExchange exchange, ProxyRequest webhook) throws Exception {
        if (recording) {
            seen.add(new Seen(webhook, null));
        }
        String[] destination = relays.get(webhook.path().substring(RELAY.length()));
        ProxyRequest changed = destination == null ? null : defect.onWebhook(webhook, destination[1]);
        if (changed == null) {
            write(exchange, new ProxyResponse(200, Map.of(), "{}".getBytes()));
            return;
        }
        write(exchange, forward(URI.create(destination[0]), changed));
    }

    private ProxyResponse forward(URI uri, ProxyRequest request) throws Exception {
        HttpRequest.Builder out = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .method(
                        request.method(),
                        request.body().length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach((name, value) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                out.header(name, value);
            }
        });
        HttpResponse<byte[]> response = client.send(out.build(), HttpResponse.BodyHandlers.ofByteArray());
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                headers.put(name, values.get(0));
            }
        });
        return new ProxyResponse(response.statusCode(), headers, response.body());
    }

    private static String pathAndQuery(ProxyRequest request) {
        return request.path() + (request.rawQuery() == null ? "" : "?" + request.rawQuery());
    }

    private static ProxyRequest read(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
        return new ProxyRequest(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(),
                headers,
                exchange.getRequestBody().readAllBytes());
    }

    private static void write(HttpExchange exchange, ProxyResponse response) throws IOException {
        response.headers()
                .forEach((name, value) -> exchange.getResponseHeaders().put(name, List.of(value)));
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
