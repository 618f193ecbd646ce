package org.factmark.claim;

/** DRAFT -> IN_REVIEW (verdict submitted) -> CHECKED (approved by someone else) or DISPUTED (then settled). */
public enum ClaimStatus {
    DRAFT("Draft"),
    IN_REVIEW("In review"),
    CHECKED("Checked"),
    DISPUTED("Disputed");

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
