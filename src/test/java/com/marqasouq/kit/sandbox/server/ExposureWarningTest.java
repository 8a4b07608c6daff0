package com.marqasouq.kit.sandbox.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.sandbox.auth.AdminAccount;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExposureWarningTest {
    private static final AdminAccount DEFAULT =
            new AdminAccount(AdminAccount.DEFAULT_EMAIL, AdminAccount.DEFAULT_PASSWORD);

    @Test
    void everyInterfaceWithTheDefaultPasswordIsWarnedAbout() throws Exception {
        Optional<String> warning =
                ExposureWarning.of(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 9000), DEFAULT);

        assertTrue(warning.isPresent());
        assertTrue(warning.get().contains("default admin password")
                && warning.get().contains("--admin-password"));
    }

    @Test
    void loopbackOrAnOwnPasswordIsNot() throws Exception {
        assertEquals(
                Optional.empty(),
                ExposureWarning.of(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 9000), DEFAULT));
        assertEquals(
                Optional.empty(),
                ExposureWarning.of(new InetSocketAddress(InetAddress.getByName("::1"), 9000), DEFAULT));
        assertEquals(
                Optional.empty(),
                ExposureWarning.of(
                        new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 9000),
                        new AdminAccount(AdminAccount.DEFAULT_EMAIL, "s3cret-of-our-own")));
    }
}
