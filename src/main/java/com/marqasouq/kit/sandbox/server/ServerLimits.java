package com.marqasouq.kit.sandbox.server;

import java.time.Duration;

/**
 * What one client may cost the sandbox: the largest request body, how long a connection may stay
 * idle, and how long a request may take to arrive once its first byte has.
 */
public record ServerLimits(long maxBodyBytes, Duration idleTimeout, Duration requestTimeout) {
    /** 16 MiB: a 10,000-line batch is under 1 MiB; a large state document for PUT /_sandbox/state fits. */
    public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;

    public static final ServerLimits DEFAULTS =
            new ServerLimits(DEFAULT_MAX_BODY_BYTES, Duration.ofSeconds(30), Duration.ofSeconds(30));

    public ServerLimits withMaxBodyBytes(long value) {
        return new ServerLimits(value, idleTimeout, requestTimeout);
    }

    public ServerLimits withTimeouts(Duration idle, Duration request) {
        return new ServerLimits(maxBodyBytes, idle, request);
    }
}
