package org.factmark.base;

/** Input that cannot be accepted, naming the field at fault (REST: 400 with {"error", "field", "message"}). */
public class InvalidInputException extends RuntimeException {
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
