package com.marqasouq.kit.sandbox;

import com.marqasouq.kit.sandbox.auth.TokenService;
import com.marqasouq.kit.sandbox.domain.DomainEvent;
import com.marqasouq.kit.sandbox.domain.SandboxClock;
import com.marqasouq.kit.sandbox.http.RecentRequests;
import com.marqasouq.kit.sandbox.store.InitialData;
import com.marqasouq.kit.sandbox.store.State;
import com.marqasouq.kit.sandbox.store.Store;
import java.util.List;
import java.util.function.Consumer;

/** The parts of one running sandbox, wired together; the HTTP layer reaches them through here. */
public final class Sandbox {
    private final SandboxConfig config;
    private final SandboxClock clock;
    private final Store store;
    private final TokenService tokens;
    private final RecentRequests requests = new RecentRequests(500);

    Sandbox(SandboxConfig config, Consumer<List<DomainEvent>> events) {
        this.config = config;
        this.clock = SandboxClock.system();
        this.store = new Store(initialState(config), clock, events);
        this.tokens = TokenService.withRandomKey(config.tokenTtl());
    }

    static State initialState(SandboxConfig config) {
        return config.empty() ? InitialData.empty() : InitialData.defaults();
    }

    public SandboxConfig config() {
        return config;
    }

    public SandboxClock clock() {
        return clock;
    }

    public Store store() {
        return store;
    }

    public TokenService tokens() {
        return tokens;
    }

    public RecentRequests requests() {
        return requests;
    }
}
