package com.marqasouq.kit.sandbox.store;

import com.marqasouq.kit.sandbox.domain.DomainException;
import com.marqasouq.kit.sandbox.domain.state.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the sandbox starts from and {@code POST /_sandbox/reset} goes back to: D22's default
 * data, nothing but the default location ({@code --empty}), or a state document
 * ({@code --data FILE}). {@link #initial()} builds the start state once (a data file is read and
 * checked there, so a bad file stops the start); each {@link #fresh()} builds a new one, so a
 * reset never shares an entity with the state it replaces.
 *
 * <p>A data file up to {@link #KEPT_BYTES} is kept in memory for resets; a larger one is read
 * again from disk at each reset, so that 100,000 orders do not hold their JSON in the heap too.
 */
public final class StartData {
    static final long KEPT_BYTES = 32L * 1024 * 1024;

    private final String description;
    private final Path file;
    private final boolean empty;
    private final long keptBytes;
    private volatile byte[] kept;

    private StartData(String description, Path file, boolean empty, long keptBytes) {
        this.description = description;
        this.file = file;
        this.empty = empty;
        this.keptBytes = keptBytes;
    }

    public static StartData defaults() {
        return new StartData("default data", null, false, 0);
    }

    public static StartData empty() {
        return new StartData("empty", null, true, 0);
    }

    /** Nothing is read yet: {@link #initial()} reads and checks the file. */
    public static StartData file(Path file) {
        return file(file, KEPT_BYTES);
    }

    static StartData file(Path file, long keptBytes) {
        return new StartData("data file " + file, file, false, keptBytes);
    }

    /** The start state; a data file that cannot be read or checked is an IOException naming it. */
    public State initial() throws IOException {
        if (file == null) {
            return fresh();
        }
        if (Files.size(file) > keptBytes) {
            return parse(file);
        }
        byte[] json = Files.readAllBytes(file);
        State state = parse(json);
        kept = json;
        return state;
    }

    private State parse(byte[] json) throws IOException {
        try {
            return StateDocument.load(json);
        } catch (DomainException e) {
            throw new IOException(file + ": " + e.getMessage());
        }
    }

    /** Streamed from the file, which is never held whole in memory. */
    private State parse(Path json) throws IOException {
        try {
            return StateDocument.load(json);
        } catch (DomainException e) {
            throw new IOException(file + ": " + e.getMessage());
        }
    }

    /** A new start state, for a reset. */
    public State fresh() {
        if (file == null) {
            return empty ? InitialData.empty() : InitialData.defaults();
        }
        byte[] json = kept;
        if (json != null) {
            return StateDocument.load(json);
        }
        try {
            return parse(file);
        } catch (IOException e) {
            throw DomainException.conflict(
                    "DATA_FILE_UNREADABLE", "The data file could not be read again for the reset: " + e.getMessage());
        }
    }

    /** For the banner and logs: "default data", "empty" or "data file x.json". */
    public String description() {
        return description;
    }
}
