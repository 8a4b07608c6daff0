package com.marqasouq.kit.sandbox.domain;

/** A request the domain refuses; the HTTP layer turns it into the API's error body (D19). */
public final class DomainException extends RuntimeException {

    /** The error kinds of the API document's section 7, with their HTTP status. */
    public enum Kind {
        INVALID_DATA(400, "invalid_data"),
        NOT_FOUND(404, "not_found"),
        CONFLICT(409, "conflict");

        public final int status;
        public final String type;

        Kind(int status, String type) {
            this.status = status;
            this.type = type;
        }
    }

    private final Kind kind;
    private final String code;

    public DomainException(Kind kind, String code, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
    }

    public static DomainException invalid(String message) {
        return new DomainException(Kind.INVALID_DATA, "INVALID_DATA", message);
    }

    public static DomainException notFound(String what, String id) {
        return new DomainException(Kind.NOT_FOUND, "NOT_FOUND", what + " " + id + " was not found");
    }

    public static DomainException conflict(String code, String message) {
        return new DomainException(Kind.CONFLICT, code, message);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
