package com.marqasouq.kit.sandbox.domain.state;

import com.marqasouq.kit.sandbox.domain.DomainEvent;
import com.marqasouq.kit.sandbox.domain.SandboxClock;
import java.util.List;
import java.util.concurrent.locks.StampedLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one place that guards the state. Every write runs alone under the write lock, so a command
 * sees and changes the state atomically: concurrent reduce-stock, batch-update or create calls
 * never interleave, never lose an update and never oversell. Commands check everything before they
 * change anything, so a refused request changes nothing. Events emitted by a command are
 * published only if it succeeds, in the order of the writes.
 *
 * <p>Reads take no lock at first: a read runs optimistically and its result is kept only if no
 * write started or ran meanwhile; otherwise (or if the half-changed data made it fail) it runs again
 * under the read lock. So reads never wait for each other, and wait for a write only when they
 * actually overlapped one. A read must have no side effects, since it may run twice.
 */
public final class Store {
    private final StampedLock lock = new StampedLock();
    /** StampedLock is not reentrant: a read inside a write runs directly. */
    private final ThreadLocal<Boolean> writing = ThreadLocal.withInitial(() -> false);

    private final SandboxClock clock;
    private final Consumer<List<DomainEvent>> publisher;
    private volatile State state;
    private volatile Runnable afterChange = () -> {};

    public Store(State initial, SandboxClock clock, Consumer<List<DomainEvent>> publisher) {
        this.state = initial;
        this.clock = clock;
        this.publisher = publisher;
    }

    public SandboxClock clock() {
        return clock;
    }

    /**
     * Called after every successful write and every replace, still under the write lock (so in
     * write order); it must be quick and must not touch the store. Durability hooks in here.
     */
    public void afterChange(Runnable listener) {
        afterChange = listener;
    }

    public <T> T read(Function<State, T> query) {
        if (writing.get()) {
            return query.apply(state);
        }
        long stamp = lock.tryOptimisticRead();
        if (stamp != 0) {
            T result;
            try {
                result = query.apply(state);
            } catch (RuntimeException | StackOverflowError e) {
                if (lock.validate(stamp)) {
                    throw e; // a real failure (e.g. not found), not one caused by a write in progress
                }
                return readLocked(query);
            }
            if (lock.validate(stamp)) {
                return result;
            }
        }
        return readLocked(query);
    }

    private <T> T readLocked(Function<State, T> query) {
        long stamp = lock.readLock();
        try {
            return query.apply(state);
        } finally {
            lock.unlockRead(stamp);
        }
    }

    public <T> T write(Function<Transaction, T> command) {
        long stamp = lock.writeLock();
        writing.set(true);
        try {
            Transaction tx = new Transaction(state, clock.now());
            T result = command.apply(tx);
            if (!tx.events().isEmpty()) {
                publisher.accept(tx.events());
            }
            afterChange.run();
            return result;
        } finally {
            writing.set(false);
            lock.unlockWrite(stamp);
        }
    }

    /** Swaps in a whole new state (reset, load), atomically with respect to every request. */
    public void replace(State next) {
        long stamp = lock.writeLock();
        try {
            state = next;
            afterChange.run();
        } finally {
            lock.unlockWrite(stamp);
        }
    }
}
