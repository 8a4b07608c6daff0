package com.marqasouq.kit.cli;

import com.marqasouq.kit.sandbox.auth.AdminAccount;
import java.net.URI;
import java.util.Locale;

/**
 * Who the conformance suite logs in as: {@code --email}/{@code --password}, else the environment
 * (MARQASOUQ_EMAIL/MARQASOUQ_PASSWORD, which the sandbox reads too), else, for a target on this
 * machine only, the sandbox's public default admin. A remote target never gets a guessed
 * password: it needs credentials given on purpose.
 */
record SuiteLogin(String email, String password, boolean sandboxDefault) {

    /** The login to use, or a usage problem as the message of an IllegalArgumentException. */
    static SuiteLogin of(URI target, String email, String password) {
        boolean noEmail = email == null || email.isBlank();
        boolean noPassword = password == null || password.isEmpty();
        if (!noEmail && !noPassword) {
            return new SuiteLogin(email, password, false);
        }
        if (noEmail && noPassword && isThisMachine(target)) {
            return new SuiteLogin(AdminAccount.DEFAULT_EMAIL, AdminAccount.DEFAULT_PASSWORD, true);
        }
        if (noEmail && noPassword) {
            throw new IllegalArgumentException("--email and --password (or MARQASOUQ_EMAIL and MARQASOUQ_PASSWORD)"
                    + " are required for a target that is not on this machine");
        }
        throw new IllegalArgumentException(
                noEmail
                        ? "--email (or MARQASOUQ_EMAIL) is required with a password"
                        : "--password (or MARQASOUQ_PASSWORD) is required with an e-mail");
    }

    /** localhost, 127.x.x.x or [::1]: literal names only, no DNS lookup. */
    static boolean isThisMachine(URI target) {
        String host = target.getHost();
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.equals("localhost")
                || host.matches("127(\\.\\d{1,3}){3}")
                || host.equals("[::1]")
                || host.equals("::1");
    }

    /** The line that says a default was used, so that a refused login is easy to explain. */
    String notice() {
        return "no --email/--password given: logging in as the sandbox's default admin " + email
                + " (set MARQASOUQ_EMAIL and MARQASOUQ_PASSWORD for other credentials)";
    }
}
