package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.sandbox.RecordingSandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Fires POST requests at a sandbox from a thread pool, all released at once by a start gate. */
final class ConcurrentRequests {
    private final RecordingSandbox sandbox;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String token;

    ConcurrentRequests(RecordingSandbox sandbox) {
        this.sandbox = sandbox;
        this.token = sandbox.token();
    }

    /** One POST: where to and with which JSON body. */
    record Call(String path, String body) {}

    /** A POST of one JSON body per element of {@code bodies}, sent by {@code threads} threads at once. */
    List<HttpResponse<String>> post(String path, List<String> bodies, int threads) throws Exception {
        return post(bodies.stream().map(body -> new Call(path, body)).toList(), threads);
    }

    /** The calls, sent by {@code threads} threads at once; the responses in the order of the calls. */
    List<HttpResponse<String>> post(List<Call> calls, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (Call call : calls) {
                Callable<HttpResponse<String>> send = () -> {
                    gate.await();
                    return client.send(request(call.path(), call.body()), HttpResponse.BodyHandlers.ofString());
                };
                futures.add(pool.submit(send));
            }
            gate.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpRequest request(String path, String body) {
        return HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
