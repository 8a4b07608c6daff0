package com.marqasouq.kit.conformance;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLException;

/** Why a target could not be reached, in words, with a hint where one helps. */
final class NetworkProblems {
    private NetworkProblems() {}

    static String describe(URI base, IOException e) {
        String where = base.getHost() + ":" + port(base);
        Throwable cause = rootCause(e);
        if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
            return "unknown host " + base.getHost() + ": the name does not resolve; check --base-url";
        }
        if (e instanceof HttpConnectTimeoutException && "https".equals(base.getScheme())) {
            return "no TLS handshake with " + where + " within 10 s: if the port speaks plain HTTP, use http://"
                    + base.getAuthority() + "; otherwise a firewall may drop the packets, or the host is down";
        }
        if (e instanceof HttpConnectTimeoutException) {
            return "no connection to " + where + " within 10 s: a firewall may drop the packets, or the host is down";
        }
        if (e instanceof HttpTimeoutException) {
            return "connected to " + where + ", but it gave no answer within 30 s"
                    + ("https".equals(base.getScheme()) ? " (is it a plain http port? try http://)" : "");
        }
        if (cause instanceof SSLException) {
            return "TLS failed with " + where + " (" + cause.getMessage() + ")"
                    + ("https".equals(base.getScheme()) ? "; if the port speaks plain HTTP, use http://" : "");
        }
        if (e instanceof ConnectException || cause instanceof ConnectException) {
            return "connection refused by " + where + ": nothing listens there; is the target running?";
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return "cannot reach " + where + ": " + message;
    }

    /** A hint when the base URL looks like it points below the API's root. */
    static String baseUrlHint(URI base) {
        String path = base.getPath() == null ? "" : base.getPath().replaceAll("/+$", "");
        if (path.endsWith("/admin") || path.endsWith("/odoo") || path.endsWith("/auth")) {
            return "; --base-url should be the API's root (without " + path.substring(path.lastIndexOf('/'))
                    + "), e.g. " + base.getScheme() + "://" + base.getAuthority();
        }
        return "";
    }

    private static int port(URI base) {
        if (base.getPort() > 0) {
            return base.getPort();
        }
        return "https".equals(base.getScheme()) ? 443 : 80;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
