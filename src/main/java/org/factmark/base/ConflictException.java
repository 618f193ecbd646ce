package org.factmark.base;

/** The request clashes with the current state (REST: 409), e.g. a claim that is not in the state the action needs. */
public class ConflictException extends RuntimeException {
    private final String field;

    public ConflictException(String message) {
        this(null, message);
    }

    /** A conflict about one request field (REST: its name goes in the error's {@code field}). */
    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
