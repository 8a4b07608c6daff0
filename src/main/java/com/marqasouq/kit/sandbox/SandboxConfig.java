package com.marqasouq.kit.sandbox;

import com.marqasouq.kit.sandbox.auth.AdminAccount;
import com.marqasouq.kit.sandbox.server.ServerLimits;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** How a sandbox is started; the {@code sandbox} command fills it from its options. */
public record SandboxConfig(
        String host,
        int port,
        AdminAccount admin,
        Path dataFile,
        boolean empty,
        Path stateFile,
        List<URI> webhookUrls,
        String webhookSecret,
        Duration webhookBaseDelay,
        Duration tokenTtl,
        ServerLimits limits) {

    public static final int DEFAULT_PORT = 9000;

    public static Builder builder() {
        return new Builder();
    }

    /** The defaults the README promises: 127.0.0.1:9000, D22's admin, default data, 1 s webhook back-off, 24 h tokens. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = DEFAULT_PORT;
        private String adminEmail = AdminAccount.DEFAULT_EMAIL;
        private String adminPassword = AdminAccount.DEFAULT_PASSWORD;
        private Path dataFile;
        private boolean empty;
        private Path stateFile;
        private final List<URI> webhookUrls = new ArrayList<>();
        private String webhookSecret;
        private Duration webhookBaseDelay = Duration.ofSeconds(1);
        private Duration tokenTtl = Duration.ofHours(24);
        private ServerLimits limits = ServerLimits.DEFAULTS;

        public Builder host(String value) {
            host = value;
            return this;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder admin(String email, String password) {
            adminEmail = email;
            adminPassword = password;
            return this;
        }

        public Builder dataFile(Path value) {
            dataFile = value;
            return this;
        }

        public Builder empty(boolean value) {
            empty = value;
            return this;
        }

        public Builder stateFile(Path value) {
            stateFile = value;
            return this;
        }

        public Builder webhookUrl(URI value) {
            webhookUrls.add(value);
            return this;
        }

        public Builder webhookSecret(String value) {
            webhookSecret = value;
            return this;
        }

        public Builder webhookBaseDelay(Duration value) {
            webhookBaseDelay = value;
            return this;
        }

        public Builder tokenTtl(Duration value) {
            tokenTtl = value;
            return this;
        }

        public Builder limits(ServerLimits value) {
            limits = value;
            return this;
        }

        public SandboxConfig build() {
            return new SandboxConfig(
                    host,
                    port,
                    new AdminAccount(adminEmail, adminPassword),
                    dataFile,
                    empty,
                    stateFile,
                    List.copyOf(webhookUrls),
                    webhookSecret,
                    webhookBaseDelay,
                    tokenTtl,
                    limits);
        }
    }
}
