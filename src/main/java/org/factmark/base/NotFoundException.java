package org.factmark.base;

/** The thing asked for does not exist (REST: 404). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
