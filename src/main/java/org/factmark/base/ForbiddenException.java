package org.factmark.base;

/** The user may not do this (REST: 403), e.g. reviewing one's own verdict. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
