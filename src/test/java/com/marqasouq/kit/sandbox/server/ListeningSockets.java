package com.marqasouq.kit.sandbox.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sockets this machine listens on, as the Linux kernel reports them in /proc/net/tcp and
 * tcp6: what {@code ss -ltn} shows, read independently of the server under test.
 */
final class ListeningSockets {
    private static final String LISTEN = "0A";

    private ListeningSockets() {}

    static boolean available() {
        return Files.isReadable(Path.of("/proc/net/tcp"));
    }

    /** Every listening socket on this port, IPv4-mapped IPv6 addresses shown as IPv4. */
    static List<InetSocketAddress> onPort(int port) throws IOException {
        List<InetSocketAddress> found = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file)) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length < 4 || !LISTEN.equals(fields[3]) || !fields[1].contains(":")) {
                    continue;
                }
                String[] local = fields[1].split(":");
                if (Integer.parseInt(local[1], 16) == port) {
                    found.add(new InetSocketAddress(address(local[0]), port));
                }
            }
        }
        return found;
    }

    /** The kernel writes each 32-bit word of the address in host (little-endian) order. */
    private static InetAddress address(String hex) throws UnknownHostException {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                int at = word * 4 + i;
                int from = (word * 4 + 3 - i) * 2;
                bytes[at] = (byte) Integer.parseInt(hex.substring(from, from + 2), 16);
            }
        }
        return InetAddress.getByAddress(bytes);
    }
}
