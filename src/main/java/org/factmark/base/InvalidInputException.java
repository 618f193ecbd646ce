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

    /**
     * The message for showing next to its field in a form: without the "field: " prefix the API message carries
     * (the field is already named by where the message is shown), first letter upper case.
     */
    public String messageForField() {
        String m = getMessage() == null ? "" : getMessage();
        if (field != null && m.startsWith(field + ": ")) {
            m = m.substring(field.length() + 2);
            if (!m.isEmpty()) m = Character.toUpperCase(m.charAt(0)) + m.substring(1);
        }
        return m;
    }
}
