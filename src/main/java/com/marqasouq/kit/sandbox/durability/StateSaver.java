package com.marqasouq.kit.sandbox.durability;

import com.marqasouq.kit.sandbox.store.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@code --state-file} current while the sandbox runs: a change schedules one snapshot
 * {@link #DELAY} later, and changes made meanwhile join it, so a burst of writes costs one save.
 * A write acknowledged at time t is on disk by t + DELAY + the time of one save (plus one more
 * save if one was already running). Each save replaces the file atomically, so a crash at any
 * moment leaves the previous complete snapshot or the new one.
 *
 * <p>The store only tells it that something changed; what a snapshot holds is the supplier's
 * business, so the store can change without touching this class.
 */
public final class StateSaver implements AutoCloseable {
    public static final Duration DELAY = Duration.ofMillis(100);
    private static final Logger LOG = LoggerFactory.getLogger("sandbox.state");

    private final Path file;
    private final Supplier<byte[]> snapshot;
    private final ScheduledExecutorService thread;
    private boolean scheduled;
    private boolean closed;
    private volatile long lastSaveMillis = -1;

    public StateSaver(Path file, Supplier<byte[]> snapshot) {
        this.file = file;
        this.snapshot = snapshot;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread t = new Thread(runnable, "state-saver");
            t.setDaemon(true);
            return t;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.thread = executor;
    }

    /** Something changed: a save will run within {@link #DELAY}. Quick; safe under the store's lock. */
    public synchronized void changed() {
        if (scheduled || closed) {
            return;
        }
        scheduled = true;
        thread.schedule(this::saveScheduled, DELAY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void saveScheduled() {
        synchronized (this) {
            scheduled = false;
        }
        try {
            save();
        } catch (IOException | RuntimeException e) {
            LOG.error("could not save the state to {}: {}", file, e.getMessage());
        }
    }

    /** Writes a snapshot now, on the caller's thread. */
    public void save() throws IOException {
        long started = System.nanoTime();
        byte[] bytes = snapshot.get();
        synchronized (file) {
            AtomicFile.write(file, out -> out.write(bytes));
        }
        lastSaveMillis = (System.nanoTime() - started) / 1_000_000;
        LOG.debug("state saved to {} ({} bytes) in {} ms", file, bytes.length, lastSaveMillis);
    }

    /** How long the last save took, snapshot and write together; -1 before the first. */
    public long lastSaveMillis() {
        return lastSaveMillis;
    }

    /** Stops the timer and writes a last snapshot, so a clean stop keeps everything. */
    @Override
    public void close() throws IOException {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        // A save under way finishes (interrupting it would abort its write); one still waiting is dropped.
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        save();
    }
}
