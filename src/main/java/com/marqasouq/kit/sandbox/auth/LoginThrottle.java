package com.marqasouq.kit.sandbox.auth;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} failed logins from one client within
 * {@link #WINDOW}, its next attempts are refused until the oldest of those failures leaves the
 * window. A successful login clears the client's record. Memory is bounded: clients whose
 * failures have all expired are forgotten.
 */
public final class LoginThrottle {
    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_CLIENTS = 10_000;

    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;

    public LoginThrottle() {
        this(System::nanoTime);
    }

    LoginThrottle(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** How long the client must wait before trying again, or empty when it may try now. */
    public Optional<Duration> waitFor(String client) {
        Deque<Long> times = failures.get(client);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            long now = nanoClock.getAsLong();
            expire(times, now);
            if (times.size() < MAX_FAILURES) {
                return Optional.empty();
            }
            long freeAt = times.peekFirst() + WINDOW.toNanos();
            return Optional.of(Duration.ofNanos(Math.max(0, freeAt - now)));
        }
    }

    public void failed(String client) {
        if (failures.size() >= MAX_CLIENTS) {
            forgetExpired();
        }
        Deque<Long> times = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (times) {
            long now = nanoClock.getAsLong();
            expire(times, now);
            times.addLast(now);
            while (times.size() > MAX_FAILURES) {
                times.removeFirst();
            }
        }
    }

    public void succeeded(String client) {
        failures.remove(client);
    }

    private void expire(Deque<Long> times, long now) {
        while (!times.isEmpty() && now - times.peekFirst() >= WINDOW.toNanos()) {
            times.removeFirst();
        }
    }

    private void forgetExpired() {
        long now = nanoClock.getAsLong();
        failures.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                expire(entry.getValue(), now);
                return entry.getValue().isEmpty();
            }
        });
    }
}
