package com.marqasouq.kit.contract.collections;

/** One request a collection runner sent: its title, the status it expected and the one it got. */
record Sent(String title, int expected, int actual, String body) {

    boolean asDocumented() {
        return expected == actual;
    }

    @Override
    public String toString() {
        return title + ": expected " + expected + ", got " + actual + (asDocumented() ? "" : " " + body);
    }
}
