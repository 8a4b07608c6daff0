package com.marqasouq.kit.conformance.steps;

/** Says what an amount that is not the expected one in fils looks like (D1). */
final class Amounts {
    private static final int FILS_PER_DINAR = 1000;

    private Amounts() {}

    /** "150 — whole dinars, not fils (×1000)" when the unit is the difference, else the plain number. */
    static String describe(long actual, long expectedFils) {
        if (actual * FILS_PER_DINAR == expectedFils) {
            return actual + " — whole KWD, not fils (1 KWD = 1000 fils)";
        }
        if (actual == expectedFils * FILS_PER_DINAR) {
            return actual + " — 1000 times the amount in fils";
        }
        return String.valueOf(actual);
    }
}
