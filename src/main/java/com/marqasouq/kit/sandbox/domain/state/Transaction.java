package com.marqasouq.kit.sandbox.domain.state;

import com.marqasouq.kit.sandbox.domain.DomainEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What a write command works with: the state, one "now" for all its timestamps, and its events. */
public final class Transaction {
    private final State state;
    private final Instant now;
    private final List<DomainEvent> events = new ArrayList<>();

    Transaction(State state, Instant now) {
        this.state = state;
        this.now = now;
    }

    public State state() {
        return state;
    }

    public Instant now() {
        return now;
    }

    public void emit(DomainEvent event) {
        events.add(event);
    }

    List<DomainEvent> events() {
        return events;
    }
}
