package com.marqasouq.kit.sandbox.webhook;

import com.marqasouq.kit.webhook.WebhookHeaders;
import com.marqasouq.kit.webhook.WebhookSigner;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Makes one signed attempt (D20) without blocking a thread: the request carries the envelope's
 * bytes, {@code webhook-id} = envelope id, and a signature over the attempt's own timestamp. The
 * future always completes normally, with the status code or the reason there was none.
 */
final class WebhookSender {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    static final String USER_AGENT = "MarqaSouq-Odoo-Kit-Sandbox/" + version();

    private final Executor executor;
    private volatile HttpClient client;

    WebhookSender(Executor executor) {
        this.executor = executor;
    }

    /** Made at the first delivery: building it sets up TLS, which would slow every start. */
    private HttpClient client() {
        HttpClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    // HTTP/1.1: an h2c upgrade offer confuses some receivers (and Odoo's werkzeug gains nothing).
                    client = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(CONNECT_TIMEOUT)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .executor(executor)
                            .build();
                }
                current = client;
            }
        }
        return current;
    }

    CompletableFuture<Attempt> send(Delivery delivery, int number) {
        Instant at = Instant.now();
        long started = System.nanoTime();
        try {
            return client().sendAsync(request(delivery, at.getEpochSecond()), HttpResponse.BodyHandlers.discarding())
                    .handle((response, error) -> new Attempt(
                            number,
                            at,
                            response == null ? null : response.statusCode(),
                            error == null ? null : describe(error),
                            elapsedMs(started),
                            response == null
                                    ? null
                                    : RetryAfter.parse(response.headers().firstValue("Retry-After"))));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(new Attempt(number, at, null, describe(e), elapsedMs(started)));
        }
    }

    static HttpRequest request(Delivery delivery, long timestamp) {
        WebhookEnvelope envelope = delivery.envelope();
        byte[] body = envelope.body();
        String signature = new WebhookSigner(delivery.target().secret()).sign(envelope.id(), timestamp, body);
        return HttpRequest.newBuilder(delivery.target().url())
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header(WebhookHeaders.ID, envelope.id())
                .header(WebhookHeaders.TIMESTAMP, Long.toString(timestamp))
                .header(WebhookHeaders.SIGNATURE, signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    /** Short, for the log line and the deliveries list: "connection refused", "timed out after 5 s". */
    static String describe(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof HttpConnectTimeoutException) {
            return "connect timed out after " + CONNECT_TIMEOUT.toSeconds() + " s";
        }
        if (cause instanceof HttpTimeoutException) {
            return "timed out after " + REQUEST_TIMEOUT.toSeconds() + " s";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    private static long elapsedMs(long started) {
        return Math.max(0, (System.nanoTime() - started) / 1_000_000);
    }

    private static String version() {
        String version = WebhookSender.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
