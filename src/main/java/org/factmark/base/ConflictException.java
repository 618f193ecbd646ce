package org.factmark.base;

/** The request clashes with the current state (REST: 409), e.g. a claim that is not in the state the action needs. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
