package com.marqasouq.kit.sandbox.store;

import com.marqasouq.kit.sandbox.domain.DomainException;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks of one entity of a state document; each failure names the entity and the field. */
final class EntityCheck {
    private static final Pattern ID_TAIL = Pattern.compile("[A-Za-z0-9_]+");

    private final String path;
    private final String id;

    /** {@code path} locates the entity ({@code orders[3]}); {@code id} names it in messages when known. */
    EntityCheck(String path, String id) {
        this.path = path;
        this.id = id;
    }

    void fail(String field, String problem) {
        String entity = id == null ? "" : " (" + id + ")";
        throw DomainException.invalid(path + "." + field + ": " + problem + entity);
    }

    /** D3: a required id of the given prefix, unique among {@code seen}. */
    void id(String field, String value, String prefix, Set<String> seen) {
        text(field, value);
        optionalId(field, value, prefix);
        unique(field, value, seen);
    }

    void optionalId(String field, String value, String prefix) {
        if (value != null
                && !(value.startsWith(prefix)
                        && ID_TAIL.matcher(value.substring(prefix.length())).matches())) {
            fail(field, "must be \"" + prefix + "\" followed by letters, digits or _, got \"" + value + "\"");
        }
    }

    void text(String field, String value) {
        if (value == null || value.isBlank()) {
            fail(field, "is required");
        }
    }

    void unique(String field, String value, Set<String> seen) {
        if (!seen.add(value)) {
            fail(field, "\"" + value + "\" is used twice");
        }
    }

    void known(String field, String value, Set<String> known, String what) {
        if (value != null && !known.contains(value)) {
            fail(field, "no " + what + " has the id \"" + value + "\"");
        }
    }

    /** A status and the like: reading the document already refused a value outside D6's words. */
    void present(String field, Object value) {
        if (value == null) {
            fail(field, "is required");
        }
    }

    void time(String field, Instant value) {
        if (value == null) {
            fail(field, "is required (an RFC 3339 date-time)");
        }
    }

    void notNegative(String field, long value) {
        if (value < 0) {
            fail(field, "must not be negative, got " + value);
        }
    }

    void positive(String field, long value) {
        if (value < 1) {
            fail(field, "must be 1 or more, got " + value);
        }
    }
}
