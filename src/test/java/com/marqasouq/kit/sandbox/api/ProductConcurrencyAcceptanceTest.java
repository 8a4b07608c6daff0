package com.marqasouq.kit.sandbox.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marqasouq.kit.sandbox.RunningSandbox;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningSandbox.class)
class ProductConcurrencyAcceptanceTest {

    @Test
    void twentyConcurrentCreatesWithOneSkuMakeExactlyOneProduct() throws Exception {
        int before = Products.count();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Response> responses = new ArrayList<>();
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String title = "Racing Product " + i; // distinct handles: only the SKU collides
                calls.add(() -> RunningSandbox.api()
                        .body(Products.product(title, "RACE-SKU"))
                        .post("/admin/products"));
            }
            for (Future<Response> f : pool.invokeAll(calls)) {
                responses.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(1, responses.stream().filter(r -> r.statusCode() == 200).count());
        assertEquals(
                19,
                responses.stream()
                        .filter(r -> r.statusCode() == 409 && "DUPLICATE_SKU".equals(r.path("code")))
                        .count());
        assertEquals(before + 1, Products.count());
        assertEquals(1, Products.countMatching("RACE-SKU"));
    }
}
