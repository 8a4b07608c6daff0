package com.marqasouq.kit.sandbox.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Random;

/** Makes ids as D3 describes them: a type prefix followed by a ULID. */
public final class Ids {
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final Random random;
    /** Secure ids draw their 80 random bits in one call: a SecureRandom call costs far more than a Random one. */
    private final boolean bulk;

    private final byte[] bits = new byte[10];

    private Ids(Random random, boolean bulk) {
        this.random = random;
        this.bulk = bulk;
    }

    public static Ids secure() {
        return new Ids(new SecureRandom(), true);
    }

    /** Ids that repeat from run to run, for the generated default data (D22): drawn char by char, as always. */
    public static Ids seeded(long seed) {
        return new Ids(new Random(seed), false);
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
        if (bulk) {
            random.nextBytes(bits);
            for (int i = 0; i < 16; i++) {
                int bit = i * 5;
                int pair = ((bits[bit / 8] & 0xFF) << 8) | (bit / 8 + 1 < bits.length ? bits[bit / 8 + 1] & 0xFF : 0);
                out[10 + i] = CROCKFORD[(pair >>> (11 - bit % 8)) & 31];
            }
        } else {
            for (int i = 10; i < 26; i++) {
                out[i] = CROCKFORD[random.nextInt(32)];
            }
        }
        return new String(out);
    }
}
