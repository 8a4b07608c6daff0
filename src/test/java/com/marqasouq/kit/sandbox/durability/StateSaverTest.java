package com.marqasouq.kit.sandbox.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateSaverTest {
    @TempDir
    Path dir;

    @Test
    void aBurstOfChangesIsSavedOnceShortlyAfterwardsWithTheLatestContent() throws Exception {
        Path file = dir.resolve("state.json");
        AtomicInteger version = new AtomicInteger();
        AtomicInteger snapshots = new AtomicInteger();
        try (StateSaver saver = new StateSaver(file, () -> {
            snapshots.incrementAndGet();
            return ("v" + version.get()).getBytes(StandardCharsets.UTF_8);
        })) {
            for (int i = 1; i <= 100; i++) {
                version.set(i);
                saver.changed();
            }
            long deadline = System.nanoTime() + 30_000_000_000L; // generous: a busy machine
            while (!Files.exists(file) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals("v100", Files.readString(file));
            assertTrue(snapshots.get() < 100, "the burst was coalesced, saves: " + snapshots.get());
        }
    }

    @Test
    void closingWritesALastSnapshot() throws Exception {
        Path file = dir.resolve("state.json");
        StateSaver saver = new StateSaver(file, () -> "last".getBytes(StandardCharsets.UTF_8));

        saver.close();

        assertEquals("last", Files.readString(file));
    }
}
