package com.marqasouq.kit.sandbox.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marqasouq.kit.sandbox.client.SandboxControls;
import com.marqasouq.kit.sandbox.embedded.LocalSandbox;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** perTest: each test gets a sandbox of its own, so what one test changes, the next never sees. */
class SandboxExtensionTest {
    private static final Set<URI> SANDBOXES = ConcurrentHashMap.newKeySet();

    @RegisterExtension
    static SandboxExtension sandbox = SandboxExtension.perTest().with(config -> config.empty(true));

    private static void addAWebhookTargetAndFindItAlone(LocalSandbox local, SandboxControls controls) {
        SANDBOXES.add(local.baseUrl());
        assertEquals(sandbox.baseUrl(), local.baseUrl(), "the parameter is the extension's sandbox");

        controls.addWebhook(URI.create("http://127.0.0.1:9/odoo/webhook"));

        assertEquals(1, controls.webhooks().size(), "no target of another test");
    }

    @Test
    void oneTestChangesItsSandbox(LocalSandbox local, SandboxControls controls) {
        addAWebhookTargetAndFindItAlone(local, controls);
    }

    @Test
    void anotherTestChangesItsOwn(LocalSandbox local, SandboxControls controls) {
        addAWebhookTargetAndFindItAlone(local, controls);
    }

    @AfterAll
    static void eachTestHadItsOwnSandbox() {
        assertEquals(2, SANDBOXES.size(), SANDBOXES.toString());
    }
}
