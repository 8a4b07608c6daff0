package com.marqasouq.kit.sandbox.store;

import com.marqasouq.kit.sandbox.domain.DomainEvent;
import com.marqasouq.kit.sandbox.domain.SandboxClock;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one place that guards the state. Reads share a read lock; every write runs alone under
 * the write lock, so a command sees and changes the state atomically: concurrent reduce-stock,
 * batch-update or create calls never interleave, never lose an update and never oversell.
 * Commands check everything before they change anything, so a refused request changes nothing.
 * Events emitted by a command are published only if it succeeds, in the order of the writes.
 */
public final class Store {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private final SandboxClock clock;
    private final Consumer<List<DomainEvent>> publisher;
    private State state;
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
        lock.readLock().lock();
        try {
            return query.apply(state);
        } finally {
            lock.readLock().unlock();
        }
    }

    public <T> T write(Function<Transaction, T> command) {
        lock.writeLock().lock();
        try {
            Transaction tx = new Transaction(state, clock.now());
            T result = command.apply(tx);
            if (!tx.events().isEmpty()) {
                publisher.accept(tx.events());
            }
            afterChange.run();
            return result;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Swaps in a whole new state (reset, load), atomically with respect to every request. */
    public void replace(State next) {
        lock.writeLock().lock();
        try {
            state = next;
            afterChange.run();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
