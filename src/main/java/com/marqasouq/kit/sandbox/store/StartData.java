package com.marqasouq.kit.sandbox.store;

import com.marqasouq.kit.sandbox.domain.DomainException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * What the sandbox starts from and {@code POST /_sandbox/reset} goes back to: D22's default
 * data, nothing but the default location ({@code --empty}), or a state document
 * ({@code --data FILE}). Each call of {@link #fresh()} builds a new state, so a reset never
 * shares an entity with the state it replaces.
 */
public final class StartData {
    private final String description;
    private final Supplier<State> factory;

    private StartData(String description, Supplier<State> factory) {
        this.description = description;
        this.factory = factory;
    }

    public static StartData defaults() {
        return new StartData("default data", InitialData::defaults);
    }

    public static StartData empty() {
        return new StartData("empty", InitialData::empty);
    }

    /** Reads and checks the file now, so that a bad file stops the start rather than a later reset. */
    public static StartData file(Path file) throws IOException {
        byte[] json = Files.readAllBytes(file);
        try {
            StateDocument.load(json);
        } catch (DomainException e) {
            throw new IOException(file + ": " + e.getMessage());
        }
        return new StartData("data file " + file, () -> StateDocument.load(json));
    }

    public State fresh() {
        return factory.get();
    }

    /** For the banner and logs: "default data", "empty" or "data file x.json". */
    public String description() {
        return description;
    }
}
