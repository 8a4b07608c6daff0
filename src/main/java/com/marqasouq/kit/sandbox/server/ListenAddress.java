package com.marqasouq.kit.sandbox.server;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Where the sandbox listens: one address and one port, exactly as given. An IPv4 or IPv6 literal
 * (with or without brackets) is taken as it is, a host name is resolved once; anything else is
 * refused before the server is built, so a bad value can never widen where the sandbox listens.
 */
public record ListenAddress(InetAddress address, int port) {
    private static final Pattern IPV4_LIKE = Pattern.compile("[0-9.]+");
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?");

    /**
     * Checks the form of a host value without resolving it; the message says what is wrong, e.g.
     * {@code "999.1.1.1" is not a valid IPv4 address}.
     */
    public static String check(String host) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the host must not be empty; use e.g. 127.0.0.1, ::1 or localhost");
        }
        String value = host.trim();
        boolean bracketed = value.startsWith("[") && value.endsWith("]");
        String bare = bracketed ? value.substring(1, value.length() - 1) : value;
        if (bare.contains(":")) {
            if (!bracketed && bare.indexOf(':') == bare.lastIndexOf(':')) {
                throw new IllegalArgumentException(
                        "\"" + host + "\" looks like HOST:PORT; give the address alone and the port with --port");
            }
            if (!isIpv6Literal(bare)) {
                throw new IllegalArgumentException("\"" + host + "\" is not a valid IPv6 address");
            }
            return bare;
        }
        if (bracketed) {
            throw new IllegalArgumentException("\"" + host + "\": only IPv6 addresses go in brackets");
        }
        if (IPV4_LIKE.matcher(bare).matches()) {
            if (!IPV4.matcher(bare).matches()) {
                throw new IllegalArgumentException("\"" + host + "\" is not a valid IPv4 address");
            }
            return bare;
        }
        if (!HOST_NAME.matcher(bare).matches()) {
            throw new IllegalArgumentException(
                    "\"" + host + "\" is not a valid host name (letters, digits, hyphens and dots) nor an IP address");
        }
        return bare;
    }

    /** Checks and resolves; a bad or unknown host is an IOException whose message names it. */
    public static ListenAddress resolve(String host, int port) throws IOException {
        if (port < 0 || port > 65535) {
            throw new IOException("the port must be from 0 to 65535, got " + port);
        }
        String bare;
        try {
            bare = check(host);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage());
        }
        try {
            return new ListenAddress(InetAddress.getByName(bare), port);
        } catch (UnknownHostException e) {
            throw new UnknownHostException(
                    "cannot listen on " + host + ": the host name does not resolve to an address");
        }
    }

    /** The URI Grizzly binds to: the numeric address, so nothing is resolved (or defaulted) again. */
    public URI bindUri() throws IOException {
        try {
            return new URI("http", null, address.getHostAddress(), port, "/", null, null);
        } catch (URISyntaxException e) {
            throw new IOException("cannot listen on " + address.getHostAddress() + ": " + e.getReason());
        }
    }

    /** True when the server really listens here (the port only counts when one was asked for). */
    public boolean isBoundAt(InetSocketAddress bound) {
        return bound != null && address.equals(bound.getAddress()) && (port == 0 || port == bound.getPort());
    }

    /** A URL clients can open: the wildcard addresses become the loopback of their family; IPv6 in brackets. */
    public static URI url(InetSocketAddress bound) {
        InetAddress shown = bound.getAddress();
        if (shown.isAnyLocalAddress()) {
            shown = shown instanceof Inet6Address ? ipv6Loopback() : loopbackV4();
        }
        return URI.create("http://" + hostPart(shown) + ":" + bound.getPort());
    }

    /** Loopback means only this machine can reach it; anything else is reachable from elsewhere. */
    public boolean isLoopback() {
        return address.isLoopbackAddress();
    }

    private static String hostPart(InetAddress address) {
        String text = address.getHostAddress();
        int zone = text.indexOf('%');
        if (address instanceof Inet6Address) {
            return "[" + compressed(zone >= 0 ? text.substring(0, zone) : text) + "]";
        }
        return text;
    }

    /** RFC 5952's short form: the longest run of two or more zero groups becomes "::" (0:0:0:0:0:0:0:1 is ::1). */
    static String compressed(String full) {
        String[] groups = full.split(":");
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.length; ) {
            int j = i;
            while (j < groups.length && groups[j].equals("0")) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        if (bestStart < 0) {
            return full;
        }
        String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
        String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
        return head + "::" + tail;
    }

    private static boolean isIpv6Literal(String text) {
        if (!text.matches("[0-9A-Fa-f:.%A-Za-z0-9]+")) {
            return false;
        }
        try {
            // A text with a colon is parsed as a literal, never looked up in DNS.
            return InetAddress.getByName(text) instanceof Inet6Address || text.contains("::ffff:");
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static InetAddress loopbackV4() {
        try {
            return Inet4Address.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static InetAddress ipv6Loopback() {
        try {
            return Inet6Address.getByAddress(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1});
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
