package com.marqasouq.kit.sandbox.store.seed;

import com.marqasouq.kit.sandbox.domain.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/** The seeded randomness and ids shared by the generators: the same data on every start (D22). */
final class SeedContext {
    final Random random;
    final Ids ids;

    SeedContext(long seed) {
        this.random = new Random(seed);
        this.ids = Ids.seeded(seed);
    }

    String id(String prefix, Instant at) {
        return ids.next(prefix, at);
    }

    /** A moment between two instants, to the second plus a whole number of milliseconds. */
    Instant between(Instant from, Instant to) {
        long span = Duration.between(from, to).toMillis();
        return from.plusMillis((long) (random.nextDouble() * span));
    }
}
