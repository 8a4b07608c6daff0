package com.marqasouq.kit.sandbox.server;

import com.marqasouq.kit.sandbox.auth.AdminAccount;
import java.net.InetSocketAddress;
import java.util.Optional;

/** The warning a sandbox gives when other machines can reach it and anyone may know its password. */
public final class ExposureWarning {
    private ExposureWarning() {}

    public static Optional<String> of(InetSocketAddress bound, AdminAccount admin) {
        if (bound.getAddress().isLoopbackAddress() || !admin.usesDefaultPassword()) {
            return Optional.empty();
        }
        return Optional.of("listening on " + ListenAddress.url(bound).getAuthority()
                + (bound.getAddress().isAnyLocalAddress() ? " (every interface)" : "")
                + ", reachable from other machines, with the default admin password: set --admin-password or"
                + " MARQASOUQ_ADMIN_PASSWORD, or listen on 127.0.0.1");
    }
}
