package com.marqasouq.kit.sandbox.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Random;

/** Makes ids as D3 describes them: a type prefix followed by a ULID. */
public final class Ids {
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final Random random;

    private Ids(Random random) {
        this.random = random;
    }

    public static Ids secure() {
        return new Ids(new SecureRandom());
    }

    /** Ids that repeat from run to run, for the generated default data (D22). */
    public static Ids seeded(long seed) {
        return new Ids(new Random(seed));
    }

    public String next(String prefix, Instant at) {
        return prefix + ulid(at.toEpochMilli());
    }

    private synchronized String ulid(long millis) {
        char[] out = new char[26];
        long time = millis;
        for (int i = 9; i >= 0; i--) {
            out[i] = CROCKFORD[(int) (time & 31)];
            time >>>= 5;
        }
        for (int i = 10; i < 26; i++) {
            out[i] = CROCKFORD[random.nextInt(32)];
        }
        return new String(out);
    }
}
