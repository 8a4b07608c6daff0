package com.marqasouq.kit.sandbox.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.marqasouq.kit.generated.control.model.WebhookEventName;
import com.marqasouq.kit.sandbox.domain.DomainEvent;
import com.marqasouq.kit.sandbox.domain.DomainException;
import com.marqasouq.kit.sandbox.domain.Ids;
import com.marqasouq.kit.sandbox.domain.SandboxClock;
import com.marqasouq.kit.sandbox.http.ApiJson;
import com.marqasouq.kit.webhook.WebhookSecret;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the domain's events to the webhook targets (D20). The store hands it the events of a
 * successful command, in write order and under the write lock; it only serializes them and
 * queues one delivery per interested target, so an API request is never slowed or failed by a
 * receiver. Attempts run on the dispatcher's own threads: at-least-once, any 2xx delivers, other
 * outcomes are retried with exponential back-off ({@link Backoff}), each logged in one line.
 *
 * <p>Ordering: each target gets one request at a time, in the order the events were emitted; a
 * failed attempt holds the target's queue until the event is retried (see {@link Backoff}), so
 * events arrive in order. Different targets do not wait for each other.
 */
public final class WebhookDispatcher implements Consumer<List<DomainEvent>>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("sandbox.webhooks");
    static final Set<String> EVENTS = Arrays.stream(WebhookEventName.values())
            .map(WebhookEventName::toString)
            .collect(Collectors.toUnmodifiableSet());

    private final SandboxClock clock;
    private final WebhookSecret secret;
    private final Backoff backoff;
    private final ObjectMapper json = ApiJson.mapper();
    private final Ids ids = Ids.secure();
    private final WebhookTargets targets = new WebhookTargets();
    private final DeliveryLog log = new DeliveryLog(DeliveryLog.CAPACITY);
    private final Map<String, TargetLane> lanes = new ConcurrentHashMap<>();
    private final DispatcherThreads threads = new DispatcherThreads();
    private final WebhookSender sender = new WebhookSender(threads.http());
    private final int laneCapacity;
    private volatile Runnable changed = () -> {};

    /** {@code secret} null: a random {@code whsec_} secret, shown by {@link #secret()}. */
    public WebhookDispatcher(SandboxClock clock, String secret, Duration baseDelay) {
        this(clock, secret, baseDelay, TargetLane.MAX_WAITING);
    }

    WebhookDispatcher(SandboxClock clock, String secret, Duration baseDelay, int laneCapacity) {
        this.clock = clock;
        this.secret = secret == null ? WebhookSecret.generate() : WebhookSecret.parse(secret);
        this.backoff = Backoff.of(baseDelay);
        this.laneCapacity = laneCapacity;
    }

    /** Called whenever targets or undelivered events change, so the state file can follow. */
    public void onChange(Runnable listener) {
        changed = listener;
    }

    /** The sandbox's secret (D20), the default of every target: print it for the receiver. */
    public String secret() {
        return secret.text();
    }

    WebhookSecret defaultSecret() {
        return secret;
    }

    /** A target for every event, signed with the sandbox's secret ({@code --webhook-url}). */
    public void addTarget(URI url) {
        Target target = addTarget(url, secret, Set.of());
        LOG.info("webhooks: sending every event to {} ({})", url, target.id());
    }

    Target addTarget(URI url, WebhookSecret targetSecret, Collection<String> events) {
        Target target = targets.add(url, targetSecret, events);
        changed.run();
        return target;
    }

    List<Target> targets() {
        return targets.list();
    }

    /** Removes the target; its deliveries that were still waiting end as failed. */
    boolean removeTarget(String id) {
        if (!targets.remove(id)) {
            return false;
        }
        lanes.remove(id);
        changed.run();
        for (Delivery delivery : log.toTarget(id)) {
            if (delivery.stop()) {
                LOG.info(
                        "webhook {} {} → {} stopped: target {} removed",
                        delivery.envelope().event(),
                        delivery.envelope().id(),
                        delivery.target().url(),
                        id);
            }
        }
        return true;
    }

    /** Newest first; {@code event} and {@code status} null mean any. */
    List<Delivery.Snapshot> deliveries(String event, Delivery.Status status, int limit) {
        return log.newest(
                d -> (event == null || d.envelope().event().equals(event)) && (status == null || d.status() == status),
                limit);
    }

    /** A new delivery of the same envelope (same id and bytes) to the same target, freshly signed. */
    Delivery.Snapshot redeliver(String deliveryId) {
        Delivery original =
                log.find(deliveryId).orElseThrow(() -> DomainException.notFound("Webhook delivery", deliveryId));
        Target target = targets.get(original.target().id())
                .orElseThrow(() -> DomainException.notFound(
                        "Webhook target", original.target().id()));
        Delivery again = new Delivery(ids.next("whd_", Instant.now()), original.envelope(), target);
        Delivery.Snapshot queued = again.snapshot();
        enqueue(again);
        return queued;
    }

    /** Forgets every delivery and stops those still retrying ({@code POST /_sandbox/reset}); targets stay. */
    public void clearDeliveries() {
        log.clear().forEach(Delivery::stop);
    }

    ObjectMapper json() {
        return json;
    }

    /** Called by the store under its write lock: must be quick and must never throw. */
    @Override
    public void accept(List<DomainEvent> events) {
        try {
            List<Target> all = targets.list();
            if (all.isEmpty() || threads.closed()) {
                return;
            }
            Instant now = clock.now();
            for (DomainEvent event : events) {
                publish(event, now, all);
            }
        } catch (RuntimeException e) {
            LOG.error("webhooks: events could not be queued", e);
        }
    }

    private void publish(DomainEvent event, Instant now, List<Target> all) {
        if (!EVENTS.contains(event.name())) {
            LOG.warn("webhooks: {} is not a documented event; not sent", event.name());
            return;
        }
        WebhookEnvelope envelope = null;
        for (Target target : all) {
            if (target.wants(event.name())) {
                envelope = envelope != null ? envelope : WebhookEnvelope.of(ids.next("evt_", now), event, now, json);
                enqueue(new Delivery(ids.next("whd_", Instant.now()), envelope, target));
            }
        }
    }

    private void enqueue(Delivery delivery) {
        log.add(delivery);
        lanes.computeIfAbsent(
                        delivery.target().id(),
                        id -> new TargetLane(threads.scheduler(), this::attempt, this::overflow, laneCapacity))
                .offer(delivery);
        changed.run();
    }

    /** The lane is full: its oldest event is given up, loudly, and stays listed as failed. */
    private void overflow(Delivery delivery) {
        if (delivery.stop()) {
            LOG.warn(
                    "webhook {} {} → {} failed: {} newer deliveries are waiting for this target; redeliver it when the receiver is back",
                    delivery.envelope().event(),
                    delivery.envelope().id(),
                    delivery.target().url(),
                    laneCapacity);
            changed.run();
        }
    }

    /** One attempt; the future holds the back-off before retrying this delivery, or empty when it is settled. */
    private CompletableFuture<Optional<Duration>> attempt(Delivery delivery) {
        if (!targets.contains(delivery.target().id())) {
            delivery.stop();
            return CompletableFuture.completedFuture(Optional.empty());
        }
        int number = delivery.nextAttemptNumber();
        // Settled on the dispatcher's thread, not on whichever thread the HTTP client completes on.
        return sender.send(delivery, number).thenApplyAsync(attempt -> settle(delivery, attempt), threads.scheduler());
    }

    private Optional<Duration> settle(Delivery delivery, Attempt attempt) {
        try {
            return retryDelay(delivery, attempt);
        } finally {
            changed.run();
        }
    }

    private Optional<Duration> retryDelay(Delivery delivery, Attempt attempt) {
        if (attempt.succeeded()) {
            delivery.delivered(attempt);
            LOG.info(AttemptLine.of(delivery, attempt, backoff.attempts(), "delivered"));
            return Optional.empty();
        }
        Duration delay = attempt.receiverDown()
                ? backoff.whileDown(attempt.number())
                : backoff.after(attempt.number()).orElse(null);
        if (delay == null
                || !delivery.isPending()
                || !targets.contains(delivery.target().id())) {
            delivery.failed(attempt);
            LOG.warn(AttemptLine.of(delivery, attempt, backoff.attempts(), delay == null ? "failed" : "stopped"));
            return Optional.empty();
        }
        delay = Backoff.honouring(delay, attempt.retryAfter());
        delivery.retryAt(attempt, Instant.now().plus(delay));
        LOG.info(AttemptLine.of(delivery, attempt, backoff.attempts(), AttemptLine.retryIn(delay)));
        return Optional.of(delay);
    }

    /** Targets and undelivered events, for the state file: a restart picks up where this run stopped. */
    public WebhookQueue.Snapshot export() {
        return WebhookQueue.export(targets.list(), log.toPending());
    }

    /**
     * Brings back the targets and undelivered events of a state file, before the sandbox serves.
     * A saved target whose URL a {@code --webhook-url} names again is that target, so it is not
     * registered twice.
     */
    public void restore(WebhookQueue.Snapshot saved) {
        Map<String, Target> byOldId = new java.util.HashMap<>();
        for (Target target : saved.targets(this::parseSecret)) {
            Target existing = targets.list().stream()
                    .filter(t -> t.url().equals(target.url()))
                    .findFirst()
                    .orElse(null);
            byOldId.put(target.id(), existing != null ? existing : targets.restore(target));
        }
        List<Delivery> pending = saved.deliveries(byOldId);
        for (int i = pending.size() - 1; i >= 0; i--) {
            enqueue(pending.get(i));
        }
        if (!pending.isEmpty()) {
            LOG.info("webhooks: {} undelivered events from the state file are queued again", pending.size());
        }
    }

    private WebhookSecret parseSecret(String text) {
        return text == null ? secret : WebhookSecret.parse(text);
    }

    /** Stops the threads with the server; undelivered events stay pending, so the state file keeps them. */
    @Override
    public void close() {
        int waiting = log.toPending().size();
        threads.close();
        if (waiting > 0) {
            LOG.info("webhooks: stopped with {} deliveries not yet delivered", waiting);
        }
    }
}
