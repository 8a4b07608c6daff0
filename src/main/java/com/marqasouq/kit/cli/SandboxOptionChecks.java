package com.marqasouq.kit.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sandbox's host and file options, checked before anything starts, so that a mistake is one
 * line naming the option, and a state file that could not be saved is found at start, not at stop.
 * Each check returns the problem, or null when there is none.
 */
final class SandboxOptionChecks {
    private SandboxOptionChecks() {}

    /** An address of this machine (or 0.0.0.0); a name must resolve to one. */
    static String hostProblem(String host) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException | SecurityException e) {
            return "--host: unknown host '" + host
                    + "'; use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)";
        }
        try {
            if (address.isAnyLocalAddress()
                    || address.isLoopbackAddress()
                    || NetworkInterface.getByInetAddress(address) != null) {
                return null;
            }
        } catch (SocketException e) {
            return null; // the interfaces cannot be listed here: let the bind decide
        }
        return "--host: " + host + " is not an address of this machine; use 127.0.0.1 (this machine only)"
                + " or 0.0.0.0 (every interface)";
    }

    /** {@code --data}: an existing, readable file. */
    static String dataProblem(Path data) {
        if (!Files.exists(data)) {
            return "--data: no such file: " + data;
        }
        if (Files.isDirectory(data)) {
            return "--data: " + data + " is a folder; give a state document file (as GET /_sandbox/state exports it)";
        }
        if (!Files.isReadable(data)) {
            return "--data: cannot read " + data + " (permission denied)";
        }
        return null;
    }

    /** {@code --state-file}: a readable and writable file, or a new file that can be created. */
    static String stateFileProblem(Path stateFile) {
        if (Files.isDirectory(stateFile)) {
            return "--state-file: " + stateFile + " is a folder; give a file, e.g. "
                    + stateFile.resolve("sandbox-state.json");
        }
        if (Files.exists(stateFile)) {
            if (!Files.isReadable(stateFile)) {
                return "--state-file: cannot read " + stateFile + " (permission denied)";
            }
            if (!Files.isWritable(stateFile)) {
                return "--state-file: " + stateFile + " is read-only, so the state could not be saved at stop";
            }
            return null;
        }
        // Missing folders are created at the first save: the nearest existing one must take them.
        Path folder = stateFile.toAbsolutePath().getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        if (folder == null || !Files.isDirectory(folder)) {
            return "--state-file: " + folder + " is not a folder, so " + stateFile + " could not be saved";
        }
        if (!Files.isWritable(folder)) {
            return "--state-file: cannot write in " + folder + " (permission denied), so the state could not be saved";
        }
        return null;
    }

    /** A start that failed on the content of a file: the message names the option that gave the file. */
    static String fileContentProblem(IOException e, Path data, Path stateFile) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (stateFile != null && message.startsWith(stateFile + ": ")) {
            return "--state-file " + message;
        }
        if (data != null && message.startsWith(data + ": ")) {
            return "--data " + message;
        }
        return message;
    }
}
