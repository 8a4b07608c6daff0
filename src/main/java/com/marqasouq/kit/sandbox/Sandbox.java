package com.marqasouq.kit.sandbox;

import com.marqasouq.kit.sandbox.auth.TokenService;
import com.marqasouq.kit.sandbox.control.Faults;
import com.marqasouq.kit.sandbox.domain.DomainEvent;
import com.marqasouq.kit.sandbox.domain.SandboxClock;
import com.marqasouq.kit.sandbox.domain.state.State;
import com.marqasouq.kit.sandbox.domain.state.Store;
import com.marqasouq.kit.sandbox.durability.StateSaver;
import com.marqasouq.kit.sandbox.http.RecentRequests;
import com.marqasouq.kit.sandbox.http.RequestLog;
import com.marqasouq.kit.sandbox.store.StartData;
import com.marqasouq.kit.sandbox.store.StateFile;
import com.marqasouq.kit.sandbox.webhook.WebhookDispatcher;
import com.marqasouq.kit.sandbox.webhook.WebhookQueue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/** The parts of one running sandbox, wired together; the HTTP layer reaches them through here. */
public final class Sandbox implements AutoCloseable {
    private final SandboxConfig config;
    private final SandboxClock clock;
    private final StartData startData;
    private final Store store;
    private final TokenService tokens;
    private final RecentRequests requests = new RecentRequests(500);
    private final RequestLog requestLog = new RequestLog();
    private final WebhookDispatcher webhooks;
    private final Faults faults = new Faults();
    private final CompletableFuture<StateFile.Content> initialState;
    private final StateSaver saver;

    Sandbox(SandboxConfig config, Consumer<List<DomainEvent>> events) throws IOException {
        this.config = config;
        this.clock = SandboxClock.system();
        this.startData = startData(config);
        // Building the data takes about as long as starting the HTTP layer: do both at once.
        this.initialState = CompletableFuture.supplyAsync(() -> {
            try {
                return initialState(config, startData);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        this.webhooks = new WebhookDispatcher(clock, config.webhookSecret(), config.webhookBaseDelay());
        config.webhookUrls().forEach(webhooks::addTarget);
        // D20: the dispatcher only queues, so a receiver never slows or fails the request.
        this.store = new Store(new State(), clock, events.andThen(webhooks));
        this.tokens = TokenService.withRandomKey(config.tokenTtl());
        this.saver = config.stateFile() == null ? null : new StateSaver(config.stateFile(), this::stateDocument);
    }

    /** Waits for the start data; called before the sandbox listens, so no request sees it missing. */
    void awaitData() throws IOException {
        try {
            StateFile.Content content = initialState.join();
            store.replace(content.state());
            if (content.webhooks() != null) {
                restoreWebhooks(content.webhooks());
            }
            if (saver != null) {
                // Armed only once the state file was read: a file that could not be loaded is never overwritten.
                store.afterChange(saver::changed);
                webhooks.onChange(saver::changed);
            }
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    private void restoreWebhooks(com.fasterxml.jackson.databind.JsonNode section) throws IOException {
        try {
            webhooks.restore(WebhookQueue.Snapshot.fromJson(section));
        } catch (IllegalArgumentException e) {
            throw new IOException(config.stateFile() + ": " + e.getMessage().replaceAll("\\s*\\R\\s*", " "));
        }
    }

    private static StartData startData(SandboxConfig config) {
        if (config.dataFile() != null) {
            return StartData.file(config.dataFile());
        }
        return config.empty() ? StartData.empty() : StartData.defaults();
    }

    /**
     * An existing state file wins: it is where the last run stopped. Reset still goes back to the
     * start data, which is read too, so that a bad data file stops this start, not a later reset.
     */
    private static StateFile.Content initialState(SandboxConfig config, StartData start) throws IOException {
        if (config.stateFile() != null && Files.exists(config.stateFile())) {
            StateFile.Content saved = StateFile.read(config.stateFile());
            if (config.dataFile() != null) {
                start.initial();
            }
            return saved;
        }
        return new StateFile.Content(start.initial(), null);
    }

    /** POST /_sandbox/reset (D21): the start data, real time, no faults, no recent requests. */
    public void reset() {
        store.replace(startData.fresh());
        clock.reset();
        faults.clear();
        requests.clear();
        webhooks.clearDeliveries();
    }

    /** Writes a last snapshot to {@code --state-file} and stops saving; does nothing without one. */
    public void saveState() throws IOException {
        if (saver != null) {
            saver.close();
        }
    }

    /** The state file's content, taken under the store's read lock so it is one consistent moment. */
    private byte[] stateDocument() {
        // Events are queued under the write lock, so state and queue are one consistent moment here.
        return store.read(state ->
                StateFile.document(state, clock.now(), webhooks.export().toJson()));
    }

    /** The saver of {@code --state-file}, or null without one. */
    public StateSaver stateSaver() {
        return saver;
    }

    public SandboxConfig config() {
        return config;
    }

    public StartData startData() {
        return startData;
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

    public RequestLog requestLog() {
        return requestLog;
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
        requestLog.close();
    }

    public Faults faults() {
        return faults;
    }
}
