package com.marqasouq.kit.sandbox;

import com.marqasouq.kit.sandbox.auth.TokenService;
import com.marqasouq.kit.sandbox.domain.DomainEvent;
import com.marqasouq.kit.sandbox.domain.SandboxClock;
import com.marqasouq.kit.sandbox.http.RecentRequests;
import com.marqasouq.kit.sandbox.store.InitialData;
import com.marqasouq.kit.sandbox.store.State;
import com.marqasouq.kit.sandbox.store.Store;
import com.marqasouq.kit.sandbox.webhook.WebhookDispatcher;
import java.util.List;
import java.util.function.Consumer;

/** The parts of one running sandbox, wired together; the HTTP layer reaches them through here. */
public final class Sandbox implements AutoCloseable {
    private final SandboxConfig config;
    private final SandboxClock clock;
    private final Store store;
    private final TokenService tokens;
    private final RecentRequests requests = new RecentRequests(500);
    private final WebhookDispatcher webhooks;

    Sandbox(SandboxConfig config, Consumer<List<DomainEvent>> events) {
        this.config = config;
        this.clock = SandboxClock.system();
        this.webhooks = new WebhookDispatcher(clock, config.webhookSecret(), config.webhookBaseDelay());
        config.webhookUrls().forEach(webhooks::addTarget);
        // D20: the dispatcher only queues, so a receiver never slows or fails the request.
        this.store = new Store(initialState(config), clock, events.andThen(webhooks));
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

    public WebhookDispatcher webhooks() {
        return webhooks;
    }

    /** The {@code whsec_} secret that signs webhooks: {@code --webhook-secret}, or generated at start. */
    public String webhookSecret() {
        return webhooks.secret();
    }

    @Override
    public void close() {
        webhooks.close();
    }
}
