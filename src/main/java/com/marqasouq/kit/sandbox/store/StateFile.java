package com.marqasouq.kit.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.marqasouq.kit.sandbox.domain.DomainException;
import com.marqasouq.kit.sandbox.domain.state.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** A state document on disk: {@code --data FILE} and {@code --state-file FILE}. */
public final class StateFile {
    private StateFile() {}

    /** What a state file holds: the state, and the webhook section when the sandbox wrote one. */
    public record Content(State state, JsonNode webhooks) {}

    /** Reads and checks the file; a bad document is an IOException naming the file, entity and field, in one line. */
    public static State load(Path file) throws IOException {
        return read(file).state();
    }

    public static Content read(Path file) throws IOException {
        byte[] json = Files.readAllBytes(file);
        try {
            StateDocument document = StateDocument.read(json);
            return new Content(document.toState(), document.webhooks);
        } catch (DomainException e) {
            throw new IOException(file + ": " + e.getMessage().replaceAll("\\s*\\R\\s*", " "));
        }
    }

    /** Writes the state atomically; take the bytes under the store's lock, write them outside it. */
    public static void save(Path file, byte[] document) throws IOException {
        AtomicFile.write(file, out -> out.write(document));
    }

    public static byte[] document(State state, Instant now) {
        return StateDocument.exportBytes(state, now);
    }

    public static byte[] document(State state, Instant now, JsonNode webhooks) {
        return StateDocument.exportBytes(state, now, webhooks);
    }
}
