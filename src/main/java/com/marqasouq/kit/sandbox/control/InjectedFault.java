package com.marqasouq.kit.sandbox.control;

import com.marqasouq.kit.sandbox.domain.DomainException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One fault (D21): the next {@code times} requests matching method and path are delayed and
 * answered with {@code status}, or only delayed when there is no status. The countdown is
 * atomic, so concurrent requests consume exactly {@code times} calls between them.
 */
public final class InjectedFault {
    /** 429 without a retry_after still tells the client when to retry. */
    static final int DEFAULT_RETRY_AFTER = 1;

    final String id;
    final String method;
    final FaultPath path;
    final Integer status;
    final Integer retryAfter;
    final int delayMs;
    final String message;
    private final AtomicInteger remaining;

    private InjectedFault(
            String id,
            String method,
            FaultPath path,
            Integer status,
            Integer retryAfter,
            int delayMs,
            int times,
            String message) {
        this.id = id;
        this.method = method;
        this.path = path;
        this.status = status;
        this.retryAfter = retryAfter;
        this.delayMs = delayMs;
        this.message = message;
        this.remaining = new AtomicInteger(times);
    }

    /** Checks what bean validation cannot: a fault must do something, and retry_after and message need a status. */
    static InjectedFault create(
            String id,
            String method,
            String path,
            Integer status,
            Integer retryAfter,
            Integer delayMs,
            Integer times,
            String message) {
        FaultPath pattern = FaultPath.parse(path);
        if (status == null && (delayMs == null || delayMs == 0)) {
            throw DomainException.invalid("status: give a status (400-599) or a delay_ms, or both");
        }
        if (status == null && retryAfter != null) {
            throw DomainException.invalid("retry_after: only applies with a status (e.g. 429)");
        }
        if (status == null && message != null) {
            throw DomainException.invalid("message: only applies with a status");
        }
        Integer retry = retryAfter == null && status != null && status == 429
                ? Integer.valueOf(DEFAULT_RETRY_AFTER)
                : retryAfter;
        String upperMethod = method == null ? null : method.toUpperCase(Locale.ROOT);
        return new InjectedFault(
                id,
                upperMethod,
                pattern,
                status,
                retry,
                delayMs == null ? 0 : delayMs,
                times == null ? 1 : times,
                message);
    }

    boolean matches(String requestMethod, String requestPath) {
        return (method == null || method.equalsIgnoreCase(requestMethod)) && path.matches(requestPath);
    }

    /** Takes one call if any is left; false once the fault is used up. */
    boolean take() {
        while (true) {
            int left = remaining.get();
            if (left <= 0) {
                return false;
            }
            if (remaining.compareAndSet(left, left - 1)) {
                return true;
            }
        }
    }

    int remaining() {
        return remaining.get();
    }

    String messageFor(String requestMethod, String requestPath) {
        if (message != null) {
            return message;
        }
        if (status == 429) {
            return "Too many requests: retry after " + retryAfter + " s (a fault injected by the sandbox on "
                    + requestMethod + " " + path + ")";
        }
        return "A fault injected by the sandbox on " + requestMethod + " " + path + " (" + requestPath + ")";
    }
}
