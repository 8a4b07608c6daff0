package com.marqasouq.kit.sandbox.webhook;

import com.marqasouq.kit.sandbox.domain.DomainException;
import com.marqasouq.kit.sandbox.domain.Ids;
import com.marqasouq.kit.webhook.WebhookSecret;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The registered targets, in registration order. Kept across a sandbox reset (D21). */
final class WebhookTargets {
    private final Ids ids = Ids.secure();
    private final Map<String, Target> byId = new LinkedHashMap<>();

    synchronized Target add(URI url, WebhookSecret secret, Collection<String> events) {
        checkUrl(url);
        Target target = new Target(ids.next("wht_", Instant.now()), url, secret, Set.copyOf(events));
        byId.put(target.id(), target);
        return target;
    }

    /** A target read back from the state file, with its id. */
    synchronized Target restore(Target target) {
        byId.put(target.id(), target);
        return target;
    }

    synchronized Optional<Target> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    synchronized boolean contains(String id) {
        return byId.containsKey(id);
    }

    synchronized boolean remove(String id) {
        return byId.remove(id) != null;
    }

    synchronized List<Target> list() {
        return new ArrayList<>(byId.values());
    }

    /** Only absolute http(s) URLs with a host: anything else could never be delivered. */
    static void checkUrl(URI url) {
        String scheme =
                url == null || url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw DomainException.invalid("url: must be an http or https URL with a host, got \"" + url + "\"");
        }
    }
}
